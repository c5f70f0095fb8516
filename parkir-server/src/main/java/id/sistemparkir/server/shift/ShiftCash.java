package id.sistemparkir.server.shift;

import java.time.Instant;
import java.util.UUID;

/**
 * One shift's cash as the daily report lists it: frozen at closing, or until now while open.
 *
 * @param operator the cashier (username)
 * @param status {@code OPEN} or {@code CLOSED}
 * @param revenue the fees of the shift's exits, whatever the method
 * @param cashExpected the fees paid in cash
 * @param cashCounted what was counted at closing; null while open
 * @param cashDifference counted minus expected; null while open
 */
public record ShiftCash(
        UUID id,
        String operator,
        String station,
        String status,
        Instant openedAt,
        Instant closedAt,
        int exits,
        long revenue,
        long cashExpected,
        Long cashCounted,
        Long cashDifference) {

    public boolean closed() {
        return "CLOSED".equals(status);
    }
}
