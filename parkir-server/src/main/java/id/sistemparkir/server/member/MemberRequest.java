package id.sistemparkir.server.member;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;

/**
 * {@code POST /api/v1/members} (all but {@code discountPercent} (default 100) and {@code active} (default true)
 * required) and {@code PUT /api/v1/members/{id}} (any field; absent = unchanged).
 */
public record MemberRequest(
        String cardNumber,
        String name,
        String plate,
        VehicleType vehicleType,
        Instant validFrom,
        Instant validUntil,
        Integer discountPercent,
        Boolean active) {}
