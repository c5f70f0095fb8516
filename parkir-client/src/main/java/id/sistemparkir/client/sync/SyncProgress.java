package id.sistemparkir.client.sync;

import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.core.text.Excerpt;
import java.time.Instant;
import java.util.UUID;

/**
 * Reported once per record while a sync runs, for a progress dialog ("3 / 10", the record's plate and time).
 *
 * @param index the position of this record, 1-based (1 … total)
 * @param total how many records this run handles
 * @param id the record id
 * @param kind {@code entry} or {@code exit}
 * @param plate the record's normalised plate, {@code null} for an exit recorded by ticket only
 * @param deviceTime the lane's time of the transaction (entry or exit time)
 * @param outcome what happened to it
 * @param message a short technical explanation for logs (the server's reason for a failure)
 * @param text the same for a person, worded by the front end's bundles
 */
public record SyncProgress(
        int index,
        int total,
        UUID id,
        String kind,
        String plate,
        Instant deviceTime,
        SyncOutcome outcome,
        String message,
        Message text) {

    /** A progress line shows at most this much of a message (issue 9: bounded echoes). */
    public static final int MAX_MESSAGE_CHARS = 300;

    public SyncProgress {
        message = Excerpt.bound(message, MAX_MESSAGE_CHARS);
    }
}
