package id.sistemparkir.server.realtime;

import java.time.Instant;

/** One row of the event log: the {@code seq} clients subscribe from, and the event as JSON. */
public record StoredEvent(long seq, String eventType, String payloadJson, Instant createdAt) {}
