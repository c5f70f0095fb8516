package id.sistemparkir.desktop.common;

import id.sistemparkir.client.connection.ConnectionSnapshot;
import id.sistemparkir.client.connection.ConnectionState;
import id.sistemparkir.client.status.LaneStatus;
import id.sistemparkir.client.status.LaneStatusTracker;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every lane window shows about its lane (the indicator top right, the offline banner, the clock warning), from
 * the one {@link LaneStatusTracker}: each change is applied on the UI thread. Holds no logic beyond wording.
 */
public final class LaneStatusViewModel {

    private final Texts texts;
    private final Formats formats;
    private final String serverUrl;
    private final Supplier<ConnectionSnapshot> liveConnection;

    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(ConnectionState.CHECKING);
    private final ReadOnlyStringWrapper indicatorText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper bannerText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper clockWarningVisible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper clockWarning = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<LaneStatus> status = new ReadOnlyObjectWrapper<>();

    public LaneStatusViewModel(
            LaneStatusTracker tracker,
            Supplier<ConnectionSnapshot> liveConnection,
            String serverUrl,
            Texts texts,
            Formats formats,
            Tasks tasks) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.serverUrl = Objects.requireNonNull(serverUrl, "serverUrl");
        this.liveConnection = Objects.requireNonNull(liveConnection, "liveConnection");
        apply(tracker.current());
        tracker.addListener((before, now) -> tasks.onUi(() -> apply(now)));
    }

    private void apply(LaneStatus now) {
        status.set(now);
        state.set(now.state());
        indicatorText.set(texts.get(indicatorKey(now.state())));
        offline.set(now.state() == ConnectionState.DISCONNECTED);
        bannerText.set(texts.get("banner.offline", now.pending()));
        clockWarningVisible.set(now.clockSkewed());
        clockWarning.set(texts.get("status.clock_skew", Math.abs(now.clockSkew().toSeconds())));
    }

    static String indicatorKey(ConnectionState state) {
        return switch (state) {
            case CHECKING -> "connection.checking";
            case CONNECTED -> "connection.connected";
            case DISCONNECTED -> "connection.disconnected";
        };
    }

    /** The tooltip, worded when it is shown: the server, the last check and its latency. */
    public String tooltip() {
        ConnectionSnapshot now = liveConnection.get();
        return texts.get(
                "indicator.tooltip",
                serverUrl,
                formats.time(now.lastCheck()),
                now.latency().toMillis(),
                now.reason());
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty indicatorTextProperty() {
        return indicatorText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerTextProperty() {
        return bannerText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty clockWarningVisibleProperty() {
        return clockWarningVisible.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockWarningProperty() {
        return clockWarning.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LaneStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }
}
