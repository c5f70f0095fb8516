package id.sistemparkir.server.shift;

import id.sistemparkir.core.contract.ShiftSummary;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The shifts of a report period, for the report package: closed ones as frozen at closing, open ones until now. */
public final class ShiftCashQuery {

    /** More shifts than a garage opens in a year of reports (a few stations, a few shifts a day). */
    static final int MAX_SHIFTS = 20_000;

    private final ShiftRepository shifts = new ShiftRepository();
    private final ShiftFigures figures = new ShiftFigures();

    /** Shifts opened in [from, to), oldest first. */
    public List<ShiftCash> openedIn(Handle h, Instant from, Instant to, Instant now) {
        return shifts.list(h, from, to.minusMillis(1), null, null, MAX_SHIFTS).stream()
                .sorted(Comparator.comparing(ShiftRow::openedAt).thenComparing(ShiftRow::id))
                .map(row -> cash(h, row, now))
                .toList();
    }

    private ShiftCash cash(Handle h, ShiftRow row, Instant now) {
        if (row.open()) {
            ShiftSummary live = figures.summary(h, row, now);
            return new ShiftCash(
                    row.id(),
                    row.username(),
                    row.station(),
                    row.status(),
                    row.openedAt(),
                    null,
                    live.exits(),
                    live.revenue(),
                    live.cashExpected(),
                    null,
                    null);
        }
        return new ShiftCash(
                row.id(),
                row.username(),
                row.station(),
                row.status(),
                row.openedAt(),
                row.closedAt(),
                row.exits(),
                row.revenue(),
                row.cashExpected(),
                row.cashCounted(),
                row.cashDifference());
    }
}
