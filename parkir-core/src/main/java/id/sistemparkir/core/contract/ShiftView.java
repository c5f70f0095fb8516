package id.sistemparkir.core.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * A cashier's shift at a lane station ({@code /api/v1/shifts}): opened when the operator starts work at the lane, closed
 * with the cash counted ("Tutup Shift").
 *
 * @param status {@code OPEN} or {@code CLOSED}
 * @param summary the shift's transactions and the cash expected, until now for an open shift, frozen at closing
 * @param cashCounted the cash the operator counted at closing; {@code null} while open
 * @param cashDifference counted minus expected (negative: cash missing); {@code null} while open
 */
public record ShiftView(
        UUID id,
        String username,
        String station,
        String status,
        Instant openedAt,
        Instant closedAt,
        ShiftSummary summary,
        Long cashCounted,
        Long cashDifference,
        String closedBy,
        String note) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    public boolean open() {
        return OPEN.equals(status);
    }
}
