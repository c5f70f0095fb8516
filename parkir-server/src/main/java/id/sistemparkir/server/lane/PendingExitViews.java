package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.PendingExitView;
import java.time.Duration;
import java.time.Instant;

/** A waiting exit as the back office sees it: with its age, overdue past the alert limit. */
final class PendingExitViews {

    private PendingExitViews() {}

    static PendingExitView of(PendingExits.Waiting waiting, Instant now, Duration alertAfter) {
        ExitCommand exit = waiting.exit();
        Duration age = Duration.between(waiting.receivedAt(), now);
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        return new PendingExitView(
                exit.id(),
                exit.sessionId(),
                exit.ticketCode(),
                exit.plate(),
                exit.gate(),
                exit.exitTime(),
                waiting.receivedAt(),
                exit.fee(),
                exit.paid(),
                exit.paymentMethod(),
                exit.lostTicket(),
                exit.offline(),
                exit.station(),
                exit.operator(),
                age.toSeconds(),
                age.compareTo(alertAfter) >= 0);
    }
}
