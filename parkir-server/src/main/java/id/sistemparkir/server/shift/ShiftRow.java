package id.sistemparkir.server.shift;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code shifts}; the frozen figures are null while the shift is open. */
record ShiftRow(
        UUID id,
        String username,
        String station,
        String status,
        Instant openedAt,
        Instant closedAt,
        String closedBy,
        Integer entries,
        Integer exits,
        Integer lostTickets,
        Long revenue,
        Long cashExpected,
        Long cashCounted,
        Long cashDifference,
        String note) {

    boolean open() {
        return "OPEN".equals(status);
    }
}
