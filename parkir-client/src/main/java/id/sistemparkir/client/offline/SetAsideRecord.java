package id.sistemparkir.client.offline;

/**
 * A record set aside for good, with the reason its {@code .reason} file gives (the person's words, then the server's
 * last refusal).
 */
public record SetAsideRecord(PendingRecord record, String reason) {}
