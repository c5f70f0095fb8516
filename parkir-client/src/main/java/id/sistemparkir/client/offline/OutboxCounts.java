package id.sistemparkir.client.offline;

/**
 * How many records wait in a station's outbox, as the {@link OfflineStore} last counted them.
 *
 * @param pending records waiting to be sent
 * @param needsAttention records the server refused, waiting for a person
 */
public record OutboxCounts(int pending, int needsAttention) {

    public static final OutboxCounts EMPTY = new OutboxCounts(0, 0);
}
