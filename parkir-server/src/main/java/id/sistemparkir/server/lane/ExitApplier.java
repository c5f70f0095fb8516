package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.server.http.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Applies an exit to its session inside a transaction: prices it under the tariff, records it unless another exit won,
 * and appends {@code vehicle.exited}. Shared by direct exits and by exits that waited for their entry.
 *
 * <p>An exit time before the entry time is a clock disagreement between two lanes. Within {@link
 * #EXIT_BEFORE_ENTRY_TOLERANCE} the exit is recorded as a zero-length stay and flagged ({@code exit_before_entry});
 * beyond it a direct exit is refused (400 {@code exit_before_entry}: the lane's clock is wrong, the fee would be). An
 * exit that waited for its entry was accepted already (202, the car is gone): it is joined and flagged, whatever the
 * difference.
 */
final class ExitApplier {

    /** Lanes warn at 60 s of skew each (DESIGN §5); two lanes may disagree by twice that, and a warned one lingers. */
    static final Duration EXIT_BEFORE_ENTRY_TOLERANCE = Duration.ofMinutes(5);

    private final SessionRepository sessions;
    private final ExpectedFee expectedFee;
    private final LaneEvents events;

    ExitApplier(SessionRepository sessions, ExpectedFee expectedFee, LaneEvents events) {
        this.sessions = sessions;
        this.expectedFee = expectedFee;
        this.events = events;
    }

    /**
     * @return the updated session, or empty when the session had already exited (or is void)
     * @throws ApiException 400 {@code exit_before_entry} when the exit time is before the entry beyond the tolerance
     */
    Optional<SessionRow> applyDirect(Handle h, SessionRow session, ExitCommand exit, Instant receivedAt) {
        if (exit.exitTime().isBefore(session.entryTime().minus(EXIT_BEFORE_ENTRY_TOLERANCE))) {
            throw ApiException.badRequest(
                    "exit_before_entry",
                    "exitTime " + exit.exitTime() + " is before the entry at " + session.entryTime()
                            + " (more than " + EXIT_BEFORE_ENTRY_TOLERANCE.toMinutes()
                            + " min); check the exit lane's clock.");
        }
        return apply(h, session, exit, receivedAt);
    }

    /** For an exit that waited for its entry: it was accepted already, so it is never refused here. */
    Optional<SessionRow> joinWaiting(Handle h, SessionRow session, ExitCommand exit, Instant receivedAt) {
        return apply(h, session, exit, receivedAt);
    }

    private Optional<SessionRow> apply(Handle h, SessionRow session, ExitCommand exit, Instant receivedAt) {
        if (session.status() != SessionStatus.ACTIVE) {
            return Optional.empty();
        }
        ExpectedFee.Priced priced = expectedFee.price(h, session, exit.exitTime(), exit.lostTicket());
        AcceptedExit accepted = new AcceptedExit(
                exit.id(),
                exit.gate(),
                exit.exitTime(),
                receivedAt,
                exit.offline(),
                exit.station(),
                exit.operator(),
                exit.fee(),
                priced.quote().fee(),
                exit.paid(),
                exit.paymentMethod(),
                exit.lostTicket(),
                priced.membership().map(MemberLookup.Membership::id).orElse(null),
                exit.exitTime().isBefore(session.entryTime()),
                exit.ticketCode() == null && !exit.lostTicket());
        if (!sessions.recordExit(h, session.id(), accepted)) {
            return Optional.empty();
        }
        SessionRow updated = sessions.findById(h, session.id()).orElseThrow();
        events.append(h, EventNames.VEHICLE_EXITED, updated, receivedAt);
        return Optional.of(updated);
    }
}
