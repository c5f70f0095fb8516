package id.sistemparkir.client.sync;

/**
 * Told about every sync run of a {@link SyncEngine}, whoever started it (the sync dialog, {@link AutoSync}, a
 * command): for the lane status and the windows. Called on the syncing thread; must not block.
 */
public interface SyncListener {

    /** A run took the lock and found {@code total} records to send. */
    default void started(int total) {}

    /** One record was handled. */
    default void progressed(SyncProgress progress) {}

    /** The run ended (also when it handled nothing). */
    default void finished(SyncSummary summary) {}

    /** The run stopped early: cancelled, or the disk failed. What was not sent stays in the outbox. */
    default void aborted(RuntimeException cause) {}
}
