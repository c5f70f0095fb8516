package id.sistemparkir.client.sync;

import java.util.UUID;

/**
 * A record a sync run did not deliver, for the summary: failed (stays queued) or needs attention.
 *
 * @param id the record id
 * @param kind {@code entry} or {@code exit}
 * @param reason why, e.g. the server's message
 */
public record SyncFailure(UUID id, String kind, String reason) {}
