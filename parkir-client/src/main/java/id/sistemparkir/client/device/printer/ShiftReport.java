package id.sistemparkir.client.device.printer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a printed shift report ("Tutup Shift") shows.
 *
 * @param siteName the parking site
 * @param station the lane station
 * @param operator who worked the shift
 * @param openedAt when it began
 * @param closedAt when it was closed
 * @param entries vehicles let in
 * @param exits vehicles let out
 * @param lostTickets lost tickets among the exits
 * @param methods one line per payment method (copied)
 * @param cashExpected the fees paid in cash
 * @param cashCounted the cash counted
 * @param note the operator's note, or {@code null}
 */
public record ShiftReport(
        String siteName,
        String station,
        String operator,
        Instant openedAt,
        Instant closedAt,
        int entries,
        int exits,
        int lostTickets,
        List<MethodLine> methods,
        long cashExpected,
        long cashCounted,
        String note) {

    /** One payment method: how many exits and their fees. */
    public record MethodLine(String method, int count, long amount) {}

    public ShiftReport {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(closedAt, "closedAt");
        methods = List.copyOf(methods);
    }

    /** Counted minus expected: negative when cash is missing. */
    public long difference() {
        return cashCounted - cashExpected;
    }
}
