package id.sistemparkir.core.ticket;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a ticket code carries (DESIGN §7): the ticket id, the entry gate, the vehicle class and the entry time.
 *
 * @param ticketId the ticket id (the entry's id)
 * @param gate the entry gate code, 1–16 characters {@code A-Z}, {@code 0-9} or {@code -}
 * @param vehicleType the vehicle class
 * @param entryTime the entry time, truncated to whole seconds; between 1970-01-01 and 9999-12-31 (UTC)
 */
public record TicketData(UUID ticketId, String gate, VehicleType vehicleType, Instant entryTime) {

    private static final Pattern GATE = Pattern.compile("[A-Z0-9-]{1,16}");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** Validates every field and truncates {@code entryTime} to seconds. */
    public TicketData {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(vehicleType, "vehicleType");
        Objects.requireNonNull(entryTime, "entryTime");
        if (!GATE.matcher(gate).matches()) {
            throw new IllegalArgumentException("gate must be 1-16 characters A-Z, 0-9 or '-', was '" + gate + "'");
        }
        entryTime = entryTime.truncatedTo(ChronoUnit.SECONDS);
        if (entryTime.isBefore(Instant.EPOCH) || entryTime.isAfter(LATEST)) {
            throw new IllegalArgumentException("entryTime out of range (1970..9999): " + entryTime);
        }
    }
}
