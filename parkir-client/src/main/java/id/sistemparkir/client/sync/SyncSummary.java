package id.sistemparkir.client.sync;

import java.util.List;

/**
 * The end of a sync run (DESIGN §6: created / already present / failed).
 *
 * @param created stored now, including exits accepted to wait for their entry
 * @param alreadyPresent the server had them already
 * @param failed not delivered, still queued for a retry (also those not attempted)
 * @param needsAttention refused by the server, moved to the needs-attention list
 * @param failures one line per failed or needs-attention record, in sync order
 */
public record SyncSummary(int created, int alreadyPresent, int failed, int needsAttention, List<SyncFailure> failures) {

    public SyncSummary {
        failures = List.copyOf(failures);
    }

    /** Every record reached the server (the CLI's exit status 0). */
    public boolean nothingFailed() {
        return failed == 0 && needsAttention == 0;
    }

    /** How many records the run handled. */
    public int total() {
        return created + alreadyPresent + failed + needsAttention;
    }
}
