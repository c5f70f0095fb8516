package id.sistemparkir.client.offline;

import id.sistemparkir.client.i18n.Message;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the station's outbox is doing, for the indicator, the station heartbeat and the admin's stations page.
 *
 * @param pending records waiting to be sent
 * @param needsAttention records the server refused, waiting for a person
 * @param oldestAge how long the oldest pending record has waited (from its device time), empty when none wait
 * @param freeBytes usable space on the data dir's disk
 * @param warnings what an operator should know, as codes for the bundles ({@code outbox.warning.*}); empty when all
 *     is well
 */
public record OutboxHealth(
        int pending, int needsAttention, Optional<Duration> oldestAge, long freeBytes, List<Message> warnings) {

    public OutboxHealth {
        Objects.requireNonNull(oldestAge, "oldestAge");
        warnings = List.copyOf(warnings);
    }

    /** Whether nothing calls for a person. */
    public boolean healthy() {
        return warnings.isEmpty();
    }
}
