package id.sistemparkir.client.sync;

import id.sistemparkir.core.text.Excerpt;
import java.util.UUID;

/**
 * Reported once per record while a sync runs, for a progress dialog ("3 / 10").
 *
 * @param index the position of this record, 1-based (1 … total)
 * @param total how many records this run handles
 * @param id the record id
 * @param kind {@code entry} or {@code exit}
 * @param outcome what happened to it
 * @param message a short explanation (the server's reason for a failure)
 */
public record SyncProgress(int index, int total, UUID id, String kind, SyncOutcome outcome, String message) {

    /** A progress line shows at most this much of a message (issue 9: bounded echoes). */
    public static final int MAX_MESSAGE_CHARS = 300;

    public SyncProgress {
        message = Excerpt.bound(message, MAX_MESSAGE_CHARS);
    }
}
