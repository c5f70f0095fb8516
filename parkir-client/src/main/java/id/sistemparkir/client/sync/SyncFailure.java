package id.sistemparkir.client.sync;

import id.sistemparkir.client.i18n.Message;
import java.util.UUID;

/**
 * A record a sync run did not deliver, for the summary: failed (stays queued) or needs attention.
 *
 * @param id the record id
 * @param kind {@code entry} or {@code exit}
 * @param reason why, technical (e.g. the server's message), for logs and the CLI's JSON
 * @param text why, for a person, worded by the front end's bundles
 */
public record SyncFailure(UUID id, String kind, String reason, Message text) {}
