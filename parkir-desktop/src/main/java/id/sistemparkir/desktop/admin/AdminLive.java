package id.sistemparkir.desktop.admin;

import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.connection.ConnectionMonitor;
import id.sistemparkir.client.connection.ConnectionSnapshot;
import id.sistemparkir.client.connection.ConnectionState;
import id.sistemparkir.client.realtime.RealtimeClient;
import id.sistemparkir.client.realtime.RealtimeListener;
import id.sistemparkir.client.realtime.SeqStore;
import id.sistemparkir.core.contract.RealtimeFrame;
import id.sistemparkir.desktop.common.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The admin window's live side: the connection indicator's state (health probes and the realtime socket, as the lanes
 * have it) and the realtime events, handed to the views on the UI thread. The window is online only while the indicator
 * is green: then the server answers and its database is up; otherwise every change is disabled.
 */
public final class AdminLive implements AutoCloseable {

    /** What a view does with an event; {@code replayed} is true for events from before this connection's hello. */
    @FunctionalInterface
    public interface EventListener {
        void onEvent(RealtimeFrame.Event event, boolean replayed);
    }

    private final ConnectionMonitor monitor;
    private final RealtimeClient realtime;
    private final Tasks tasks;
    private final List<EventListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> resyncListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong liveFrom = new AtomicLong(Long.MAX_VALUE);

    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(ConnectionState.CHECKING);
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper("-");

    public AdminLive(
            AuthSession session,
            Path dataDir,
            Tasks tasks,
            Clock clock,
            ScheduledExecutorService scheduler,
            Duration probeInterval) {
        this.tasks = tasks;
        ServerApi api = session.api();
        this.monitor = new ConnectionMonitor(api, probeInterval, clock, scheduler);
        this.realtime = new RealtimeClient(
                api.endpoint(),
                () -> api.token().orElse(null),
                new SeqStore(dataDir),
                // No station: the admin sends no lane heartbeats.
                new RealtimeClient.StationInfo(null, "SimpleParkingAdmin", () -> 0),
                clock,
                scheduler);
        realtime.addListener(monitor);
        realtime.addListener(new Forwarder());
        realtime.setUnauthorizedHandler(session::renew);
        monitor.addListener(snapshot -> {
            if (snapshot.state() == ConnectionState.CONNECTED) {
                session.serverReachable();
            }
            tasks.onUi(() -> apply(snapshot));
        });
    }

    public void start() {
        monitor.start();
        realtime.start();
    }

    private void apply(ConnectionSnapshot snapshot) {
        state.set(snapshot.state());
        online.set(snapshot.state() == ConnectionState.CONNECTED);
    }

    /** Listens on the UI thread. */
    public void addEventListener(EventListener listener) {
        listeners.add(listener);
    }

    /** Called on the UI thread when the server no longer has every event since the last one seen: reload. */
    public void addResyncListener(Runnable listener) {
        resyncListeners.add(listener);
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Green: changes may be made. */
    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    /** The database as the server's last status frame said ({@code UP}, {@code DOWN}, {@code -} before one came). */
    public ReadOnlyStringProperty databaseProperty() {
        return database.getReadOnlyProperty();
    }

    public ConnectionSnapshot snapshot() {
        return monitor.snapshot();
    }

    /** Probes the server now (after a call found it unavailable). */
    public void checkNow() {
        monitor.checkNow();
    }

    @Override
    public void close() {
        realtime.close();
        monitor.close();
    }

    private final class Forwarder implements RealtimeListener {
        @Override
        public void onConnected(RealtimeFrame.Hello hello) {
            liveFrom.set(hello.seq());
        }

        @Override
        public void onEvent(RealtimeFrame.Event event) {
            boolean replayed = event.seq() <= liveFrom.get();
            tasks.onUi(() -> listeners.forEach(l -> l.onEvent(event, replayed)));
        }

        @Override
        public void onResync(RealtimeFrame.Resync resync) {
            tasks.onUi(() -> resyncListeners.forEach(Runnable::run));
        }

        @Override
        public void onStatus(RealtimeFrame.Status status) {
            tasks.onUi(() -> database.set(status.database()));
        }

        @Override
        public void onDisconnected(String reason) {
            tasks.onUi(() -> database.set("-"));
        }
    }
}
