package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.EventNames;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Applies an exit to its session inside a transaction: prices it under the tariff, records it unless another exit won,
 * and appends {@code vehicle.exited}. Shared by direct exits and by exits that waited for their entry.
 */
final class ExitApplier {

    private final SessionRepository sessions;
    private final ExpectedFee expectedFee;
    private final LaneEvents events;

    ExitApplier(SessionRepository sessions, ExpectedFee expectedFee, LaneEvents events) {
        this.sessions = sessions;
        this.expectedFee = expectedFee;
        this.events = events;
    }

    /** @return the updated session, or empty when the session had already exited (or is void) */
    Optional<SessionRow> apply(Handle h, SessionRow session, ExitCommand exit, Instant receivedAt) {
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
                priced.membership().map(MemberLookup.Membership::id).orElse(null));
        if (!sessions.recordExit(h, session.id(), accepted)) {
            return Optional.empty();
        }
        SessionRow updated = sessions.findById(h, session.id()).orElseThrow();
        events.append(h, EventNames.VEHICLE_EXITED, updated, receivedAt);
        return Optional.of(updated);
    }
}
