package id.sistemparkir.client.status;

import id.sistemparkir.client.connection.ConnectionSnapshot;
import id.sistemparkir.client.connection.ConnectionState;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.offline.OutboxCounts;
import id.sistemparkir.client.sync.SyncProgress;
import id.sistemparkir.client.sync.SyncSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a lane window shows about its own condition, in one immutable value (the indicator, the offline banner,
 * the sync dialogs, the status bar): made by {@link LaneStatusTracker}, which tells its listeners about every change.
 *
 * @param connection the connection as last changed (state, when, latency, technical reason)
 * @param clockSkew this station's clock minus the server's, as last measured (zero before the first measurement)
 * @param clockSkewed whether that skew is beyond {@code ClockCheck.MAX_SKEW}
 * @param outbox how many records wait and how many need attention
 * @param sync whether a sync runs, and how far it got
 * @param lastSummary the summary of the last finished sync, if any
 * @param lastError the last problem worth telling the operator (a refused login, an aborted sync), if any
 */
public record LaneStatus(
        ConnectionSnapshot connection,
        Duration clockSkew,
        boolean clockSkewed,
        OutboxCounts outbox,
        SyncState sync,
        Optional<SyncSummary> lastSummary,
        Optional<Problem> lastError) {

    public LaneStatus {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(clockSkew, "clockSkew");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(lastSummary, "lastSummary");
        Objects.requireNonNull(lastError, "lastError");
    }

    /** A sync run as far as the status knows: not running, or running at record {@code done} of {@code total}. */
    public record SyncState(boolean running, int done, int total, Optional<SyncProgress> last) {

        public static final SyncState IDLE = new SyncState(false, 0, 0, Optional.empty());

        public static SyncState started(int total) {
            return new SyncState(true, 0, total, Optional.empty());
        }

        public SyncState progressed(SyncProgress progress) {
            return new SyncState(true, progress.index(), progress.total(), Optional.of(progress));
        }
    }

    /** A problem for the operator, worded by the front end, and when it happened. */
    public record Problem(Message text, Instant at) {}

    public static LaneStatus initial(ConnectionSnapshot connection, OutboxCounts outbox) {
        return new LaneStatus(
                connection, Duration.ZERO, false, outbox, SyncState.IDLE, Optional.empty(), Optional.empty());
    }

    public ConnectionState state() {
        return connection.state();
    }

    public boolean connected() {
        return connection.state() == ConnectionState.CONNECTED;
    }

    public int pending() {
        return outbox.pending();
    }

    public int needsAttention() {
        return outbox.needsAttention();
    }

    LaneStatus withConnection(ConnectionSnapshot value) {
        return new LaneStatus(value, clockSkew, clockSkewed, outbox, sync, lastSummary, lastError);
    }

    LaneStatus withClock(Duration skew, boolean skewed) {
        return new LaneStatus(connection, skew, skewed, outbox, sync, lastSummary, lastError);
    }

    LaneStatus withOutbox(OutboxCounts value) {
        return new LaneStatus(connection, clockSkew, clockSkewed, value, sync, lastSummary, lastError);
    }

    LaneStatus withSync(SyncState value) {
        return new LaneStatus(connection, clockSkew, clockSkewed, outbox, value, lastSummary, lastError);
    }

    LaneStatus withSummary(SyncSummary value) {
        return new LaneStatus(
                connection, clockSkew, clockSkewed, outbox, SyncState.IDLE, Optional.of(value), lastError);
    }

    LaneStatus withError(Optional<Problem> value) {
        return new LaneStatus(connection, clockSkew, clockSkewed, outbox, sync, lastSummary, value);
    }
}
