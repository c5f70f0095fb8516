package id.sistemparkir.core.contract;

import java.time.Instant;
import java.util.List;

/**
 * An enrolled station with its keys, current first ({@code GET /api/v1/ticket-stations}).
 *
 * @param revokedAt when it was revoked, {@code null} while in service
 */
public record EnrolledStationView(
        String code,
        String name,
        String direction,
        String gate,
        Instant enrolledAt,
        String enrolledBy,
        Instant revokedAt,
        List<TicketKeyDto> keys) {

    public EnrolledStationView {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }
}
