package id.sistemparkir.client.shift;

import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.printer.ShiftReport;
import id.sistemparkir.client.device.printer.TicketPrinter;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.lane.LaneMessages;
import id.sistemparkir.client.lane.LaneRejection;
import id.sistemparkir.core.contract.ShiftTransaction;
import id.sistemparkir.core.contract.ShiftView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's shift at this lane: opened on the server when the lane is online (from when the operator started,
 * even if that was offline), shown with its transactions and the cash expected, and closed with the cash counted
 * ("Tutup Shift"), printing the report. Shifts live on the server only: an offline lane works on and opens its shift
 * when the server returns. Thread-safe.
 */
public final class LaneShift {

    private static final Logger log = LoggerFactory.getLogger(LaneShift.class);

    private final AuthSession session;
    private final TicketPrinter printer;
    private final String siteName;
    private final Instant startedAt;
    private volatile ShiftView current;

    /** @param clock when the operator started at this lane is taken from it now */
    public LaneShift(AuthSession session, TicketPrinter printer, String siteName, Clock clock) {
        this.session = Objects.requireNonNull(session, "session");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.siteName = Objects.requireNonNull(siteName, "siteName");
        this.startedAt = clock.instant();
    }

    /** The shift as last heard from the server. */
    public Optional<ShiftView> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Opens the shift on the server, or finds the one already open (idempotent: call it after every login).
     *
     * @return the shift, or empty when the server cannot be reached now (try again when it returns)
     */
    public Optional<ShiftView> ensureOpen() {
        ApiResult<ShiftView> result = session.call(api -> api.openShift(startedAt));
        if (result instanceof ApiResult.Ok<ShiftView> ok) {
            if (current == null || !current.id().equals(ok.body().id())) {
                log.info(
                        "Working in shift {} since {}",
                        ok.body().id(),
                        ok.body().openedAt());
            }
            current = ok.body();
            return Optional.of(current);
        }
        log.info("Shift not opened yet: {}", result.describe());
        return Optional.empty();
    }

    /** The open shift with its figures until now, from the server. */
    public ShiftView refresh() {
        ShiftView shift = require(session.call(api -> api.currentShift()));
        current = shift;
        return shift;
    }

    /** The current shift's exits, newest first. */
    public List<ShiftTransaction> transactions() {
        ShiftView shift = current().orElseGet(this::refresh);
        return require(session.call(api -> api.shiftTransactions(shift.id())));
    }

    /**
     * "Tutup Shift": closes the shift with the cash counted and prints the report.
     *
     * @return the closed shift and, when printing failed, a warning
     * @throws LaneRejection when the server is unreachable (shifts are closed online) or refuses
     */
    public Closed close(long cashCounted, String note) {
        ShiftView shift = current().orElseGet(this::refresh);
        ShiftView closed = require(session.call(api -> api.closeShift(shift.id(), cashCounted, note)));
        current = null;
        Optional<Message> warning = print(closed);
        return new Closed(closed, warning);
    }

    /** A closed shift, and a warning when its report could not be printed. */
    public record Closed(ShiftView shift, Optional<Message> printWarning) {}

    private Optional<Message> print(ShiftView shift) {
        try {
            printer.printShiftReport(report(shift));
            return Optional.empty();
        } catch (DeviceException | RuntimeException e) {
            log.warn("Shift report of {} not printed: {}", shift.id(), e.getMessage());
            return Optional.of(LaneMessages.printerFailed(e.getMessage()));
        }
    }

    private ShiftReport report(ShiftView shift) {
        return new ShiftReport(
                siteName,
                shift.station(),
                shift.username(),
                shift.openedAt(),
                shift.closedAt(),
                shift.summary().entries(),
                shift.summary().exits(),
                shift.summary().lostTickets(),
                shift.summary().byMethod().stream()
                        .map(m -> new ShiftReport.MethodLine(m.method(), m.count(), m.amount()))
                        .toList(),
                shift.summary().cashExpected(),
                shift.cashCounted() == null ? 0 : shift.cashCounted(),
                shift.note());
    }

    private static <T> T require(ApiResult<T> result) {
        if (result instanceof ApiResult.Ok<T> ok) {
            return ok.body();
        }
        if (result instanceof ApiResult.Rejected<T> rejected) {
            throw LaneMessages.fromServer(rejected.error(), rejected.message());
        }
        throw new LaneRejection("shift_offline", Message.of("shift.offline"));
    }
}
