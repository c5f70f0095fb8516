package id.sistemparkir.server.member;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.UUID;

/**
 * A season pass. At an exit, a pass that is active, for the session's plate and class and valid at the exit time
 * gives its discount (DESIGN §7; server.lane.MemberLookup, the highest discount if several).
 *
 * @param plate normalised ({@code B1234XYZ}); {@code plateDisplay} with spaces
 * @param discountPercent 100 = free
 */
public record Member(
        UUID id,
        String cardNumber,
        String name,
        String plate,
        String plateDisplay,
        VehicleType vehicleType,
        Instant validFrom,
        Instant validUntil,
        int discountPercent,
        boolean active) {}
