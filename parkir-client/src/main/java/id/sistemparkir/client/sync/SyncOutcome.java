package id.sistemparkir.client.sync;

/** What one sync run did with one record. */
public enum SyncOutcome {
    /** Stored by the server now (201), or accepted to wait for its entry (202); removed from the outbox. */
    CREATED,
    /** The server had it already (a replay); removed from the outbox. */
    ALREADY_PRESENT,
    /** Not delivered (server unreachable, not logged in, or not attempted); stays in the outbox for a retry. */
    FAILED,
    /** Refused by the server; moved to the needs-attention list with the server's reason. */
    NEEDS_ATTENTION
}
