package id.sistemparkir.server.shift;

import id.sistemparkir.core.contract.ShiftCloseRequest;
import id.sistemparkir.core.contract.ShiftSummary;
import id.sistemparkir.core.contract.ShiftTransaction;
import id.sistemparkir.core.contract.ShiftView;
import id.sistemparkir.server.audit.AuditLog;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.db.Sql;
import id.sistemparkir.server.http.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens, reports and closes shifts. An operator sees and closes only their own shifts; a supervisor or admin any (a
 * shift left open by an operator who went home is closed by the supervisor, with the cash they count).
 */
public final class ShiftService {

    private static final Logger log = LoggerFactory.getLogger(ShiftService.class);

    /** A lane that started offline may open its shift from when it started, but not from further back than this. */
    static final Duration MAX_BACKDATE = Duration.ofHours(24);

    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private static final int MAX_NOTE = 255;

    /** An open or existing shift and whether this call opened it. */
    public record Opened(ShiftView shift, boolean created) {}

    private final Jdbi jdbi;
    private final ShiftRepository shifts;
    private final ShiftFigures figures;
    private final Clock clock;

    ShiftService(Jdbi jdbi, ShiftRepository shifts, ShiftFigures figures, Clock clock) {
        this.jdbi = jdbi;
        this.shifts = shifts;
        this.figures = figures;
        this.clock = clock;
    }

    /** Opens the caller's shift at the station of its login, or answers the one already open there. */
    public Opened open(AuthUser caller, Instant requestedOpenedAt) {
        String station = stationOf(caller);
        Instant now = clock.instant();
        Instant openedAt = openedAt(requestedOpenedAt, now);
        Optional<ShiftRow> existing = jdbi.withHandle(h -> shifts.findOpen(h, station, caller.username()));
        if (existing.isPresent()) {
            return new Opened(view(existing.get()), false);
        }
        UUID id = UUID.randomUUID();
        try {
            jdbi.useTransaction(h -> {
                shifts.insertOpen(h, id, caller.username(), station, openedAt, now);
                AuditLog.record(h, caller.actor(), "shift.opened", id.toString(), "from " + openedAt, now);
            });
        } catch (RuntimeException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e;
            }
            // Two logins at once: the other one opened it.
            ShiftRow other = jdbi.withHandle(h -> shifts.findOpen(h, station, caller.username()))
                    .orElseThrow(() -> e);
            return new Opened(view(other), false);
        }
        log.info("Shift {} opened for {} at {}", id, caller.username(), station);
        ShiftRow opened = jdbi.withHandle(h -> shifts.findById(h, id)).orElseThrow();
        return new Opened(view(opened), true);
    }

    /** The caller's open shift at the station of its login, with its figures until now. */
    public ShiftView current(AuthUser caller) {
        String station = stationOf(caller);
        return jdbi.withHandle(h -> shifts.findOpen(h, station, caller.username()))
                .map(this::view)
                .orElseThrow(() -> ApiException.notFound("no_open_shift", "No open shift for you at " + station + "."));
    }

    public ShiftView find(AuthUser caller, UUID id) {
        return view(visible(caller, id));
    }

    public List<ShiftTransaction> transactions(AuthUser caller, UUID id, int limit) {
        ShiftRow shift = visible(caller, id);
        return jdbi.withHandle(h -> figures.transactions(h, shift, until(shift), limit));
    }

    /** "Tutup Shift": freezes the figures with the cash counted and the difference. */
    public ShiftView close(AuthUser caller, UUID id, ShiftCloseRequest request) {
        String note = note(request.note());
        Instant now = clock.instant();
        ShiftRow closed = jdbi.inTransaction(h -> {
            ShiftRow shift = shifts.findByIdForUpdate(h, id).orElseThrow(() -> unknown(id));
            requireVisible(caller, shift);
            if (!shift.open()) {
                throw ApiException.conflict(
                        "shift_closed", "This shift was already closed at " + shift.closedAt() + ".", view(h, shift));
            }
            ShiftSummary summary = figures.summary(h, shift, now);
            shifts.close(h, id, now, caller.username(), summary, request.cashCounted(), note);
            AuditLog.record(
                    h,
                    caller.actor(),
                    "shift.closed",
                    id.toString(),
                    "expected " + summary.cashExpected() + ", counted " + request.cashCounted(),
                    now);
            return shifts.findById(h, id).orElseThrow();
        });
        log.info(
                "Shift {} of {} at {} closed: cash expected {}, counted {}, difference {}",
                id,
                closed.username(),
                closed.station(),
                closed.cashExpected(),
                closed.cashCounted(),
                closed.cashDifference());
        return view(closed);
    }

    public List<ShiftView> list(Instant from, Instant to, String station, String status, int limit) {
        if (status != null && !ShiftView.OPEN.equals(status) && !ShiftView.CLOSED.equals(status)) {
            throw ApiException.badRequest("invalid_status", "status must be OPEN or CLOSED, was '" + status + "'");
        }
        if (limit < 1 || limit > 500) {
            throw ApiException.badRequest("invalid_limit", "limit must be 1-500, was " + limit);
        }
        return jdbi.withHandle(h -> shifts.list(h, from, to, station, status, limit).stream()
                .map(shift -> view(h, shift))
                .toList());
    }

    private ShiftView view(ShiftRow shift) {
        return jdbi.withHandle(h -> view(h, shift));
    }

    /** An open shift's figures until now; a closed one's as frozen, with the methods until its closing. */
    private ShiftView view(Handle h, ShiftRow shift) {
        ShiftSummary derived = figures.summary(h, shift, until(shift));
        ShiftSummary summary = shift.open()
                ? derived
                : new ShiftSummary(
                        shift.entries(),
                        shift.exits(),
                        shift.lostTickets(),
                        shift.revenue(),
                        shift.cashExpected(),
                        derived.byMethod());
        return new ShiftView(
                shift.id(),
                shift.username(),
                shift.station(),
                shift.status(),
                shift.openedAt(),
                shift.closedAt(),
                summary,
                shift.cashCounted(),
                shift.cashDifference(),
                shift.closedBy(),
                shift.note());
    }

    private Instant until(ShiftRow shift) {
        return shift.open() ? clock.instant() : shift.closedAt();
    }

    private ShiftRow visible(AuthUser caller, UUID id) {
        ShiftRow shift = jdbi.withHandle(h -> shifts.findById(h, id)).orElseThrow(() -> unknown(id));
        requireVisible(caller, shift);
        return shift;
    }

    /** An operator's own shifts only; to anybody else's an operator gets the same 404 as for no shift at all. */
    private static void requireVisible(AuthUser caller, ShiftRow shift) {
        if (!caller.role().includes(Role.SUPERVISOR) && !shift.username().equals(caller.username())) {
            throw unknown(shift.id());
        }
    }

    private static ApiException unknown(UUID id) {
        return ApiException.notFound("unknown_shift", "No shift " + id + ".");
    }

    private static String stationOf(AuthUser caller) {
        return caller.station()
                .orElseThrow(() -> ApiException.badRequest(
                        "no_station", "Shifts belong to a lane: log in with the lane's station code."));
    }

    private static Instant openedAt(Instant requested, Instant now) {
        if (requested == null) {
            return now;
        }
        if (requested.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw ApiException.badRequest("invalid_time", "openedAt " + requested + " is in the future.");
        }
        if (requested.isBefore(now.minus(MAX_BACKDATE))) {
            throw ApiException.badRequest(
                    "invalid_time", "openedAt " + requested + " is more than " + MAX_BACKDATE.toHours() + " h ago.");
        }
        return requested;
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String text = note.strip();
        if (text.length() > MAX_NOTE || text.chars().anyMatch(c -> c < 0x20)) {
            throw ApiException.badRequest(
                    "invalid_note", "note must be one line of at most " + MAX_NOTE + " characters.");
        }
        return text;
    }
}
