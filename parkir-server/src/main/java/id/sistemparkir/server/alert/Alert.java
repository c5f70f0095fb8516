package id.sistemparkir.server.alert;

import java.time.Instant;
import java.util.Map;

/**
 * Something the back office should see now. Clients word it from {@code kind} and {@code details} (no sentences
 * here, decision 0008).
 *
 * @param id {@code kind:subject}, stable while the condition lasts
 * @param kind {@code OCCUPANCY_HIGH} (subject: vehicle class; details inside, capacity, percent, threshold),
 *     {@code LONG_STAY} (subject: session id; plate, entryTime, hours), {@code LANE_OFFLINE} (subject: station;
 *     lastSeen, pendingOffline, needsAttention), {@code PENDING_EXIT_OVERDUE} (subject: exit id; receivedAt, gate,
 *     station, minutes)
 * @param since when the server first saw it (this run)
 */
public record Alert(String id, String kind, String subject, Instant since, Map<String, Object> details) {

    static Alert of(String kind, String subject, Instant since, Map<String, Object> details) {
        return new Alert(kind + ":" + subject, kind, subject, since, details);
    }

    Alert since(Instant first) {
        return new Alert(id, kind, subject, first, details);
    }
}
