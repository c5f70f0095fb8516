package id.sistemparkir.client.sync;

import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.SetAsideRecord;
import id.sistemparkir.core.contract.SetAsideReport;
import id.sistemparkir.core.text.FieldRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the server about each record set aside on this lane ({@code POST /api/v1/sync-log/set-aside}) so the back
 * office sees it, and marks it told once the server has it. What is not delivered stays unmarked for the next sync.
 */
final class SetAsideReporter {

    private static final Logger log = LoggerFactory.getLogger(SetAsideReporter.class);

    private final OfflineStore store;
    private final SyncTransport transport;

    SetAsideReporter(OfflineStore store, SyncTransport transport) {
        this.store = store;
        this.transport = transport;
    }

    /** Reports every unreported record; returns how many the server has now. */
    int reportAll() {
        int reported = 0;
        for (SetAsideRecord aside : store.unreportedSetAside()) {
            // The .reason line carries the server's refusal too, which may hold characters a reason may not.
            String reason = FieldRule.REASON.fit(aside.reason()).orElse("(no reason given)");
            SetAsideReport report =
                    new SetAsideReport(aside.record().id(), aside.record().kind(), reason);
            SendResult sent = send(report);
            if (sent instanceof SendResult.Unauthorized && transport.relogin()) {
                sent = send(report);
            }
            if (sent.delivered()) {
                store.markSetAsideReported(report.recordId());
                reported++;
            } else if (sent instanceof SendResult.Rejected rejected) {
                log.warn(
                        "The server refused the report of set-aside record {}: {}",
                        report.recordId(),
                        SyncRun.describe(rejected));
            } else {
                log.info("Set-aside record {} not reported yet: {}", report.recordId(), sent);
                return reported; // unreachable or logged out: the next sync tries again
            }
        }
        return reported;
    }

    private SendResult send(SetAsideReport report) {
        try {
            return transport.reportSetAside(report);
        } catch (RuntimeException e) {
            return new SendResult.RetryLater(e.toString());
        }
    }
}
