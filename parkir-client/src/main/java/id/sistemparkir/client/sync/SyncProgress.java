package id.sistemparkir.client.sync;

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
public record SyncProgress(int index, int total, UUID id, String kind, SyncOutcome outcome, String message) {}
