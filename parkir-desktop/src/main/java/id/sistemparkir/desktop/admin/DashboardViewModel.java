package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.RealtimeFrame;
import id.sistemparkir.desktop.common.Formats;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live dashboard: occupancy against capacity, today's figures, traffic per hour, every lane's state, alerts and
 * the activity feed. Figures are reloaded from the server on every realtime event (coalesced: one reload at a time,
 * one more if events came meanwhile), so they are the server's, never counted here.
 */
public final class DashboardViewModel {

    static final int FEED_SIZE = 200;

    /** One reload's answers. */
    record Snapshot(JsonNode now, JsonNode traffic, List<JsonNode> stations, List<JsonNode> alerts) {}

    private final AdminContext context;
    private final ObservableList<JsonNode> occupancy = FXCollections.observableArrayList();
    private final ObservableList<JsonNode> hours = FXCollections.observableArrayList();
    private final ObservableList<JsonNode> stations = FXCollections.observableArrayList();
    private final ObservableList<JsonNode> alerts = FXCollections.observableArrayList();
    private final ObservableList<String> feed = FXCollections.observableArrayList();
    private final StringProperty entries = new SimpleStringProperty("-");
    private final StringProperty exits = new SimpleStringProperty("-");
    private final StringProperty revenue = new SimpleStringProperty("-");
    private final StringProperty uncollected = new SimpleStringProperty("-");
    private final StringProperty updated = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private boolean loading;
    private boolean again;

    public DashboardViewModel(AdminContext context) {
        this.context = context;
        context.live().addEventListener(this::onEvent);
        context.live().addResyncListener(this::refresh);
        context.live().onlineProperty().addListener((obs, was, now) -> {
            if (now) {
                refresh();
            }
        });
    }

    /** Reloads everything (on the UI thread; the calls run in the background). */
    public void refresh() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        AdminCalls calls = context.calls();
        context.tasks()
                .submit(
                        "dashboard",
                        () -> new Snapshot(
                                calls.call(api -> api.statsNow()),
                                calls.call(api -> api.traffic((LocalDate) null)),
                                JsonTable.rows(calls.call(api -> api.stations())),
                                JsonTable.rows(calls.call(api -> api.alerts()))),
                        this::apply,
                        failure -> {
                            error.set(context.problem(failure));
                            done();
                        });
    }

    private void apply(Snapshot snapshot) {
        JsonNode today = snapshot.now().path("today");
        entries.set(today.path("entries").asText("-"));
        exits.set(today.path("exits").asText("-"));
        revenue.set(Formats.money(today.path("revenue").asLong()));
        uncollected.set(Formats.money(today.path("uncollected").asLong()));
        occupancy.setAll(JsonTable.rows(snapshot.now().path("occupancy")));
        hours.setAll(JsonTable.rows(snapshot.traffic().path("hours")));
        stations.setAll(snapshot.stations());
        alerts.setAll(snapshot.alerts());
        updated.set(context.texts()
                .get(
                        "admin.dashboard.updated",
                        context.formats().time(context.clock().instant())));
        error.set("");
        done();
    }

    private void done() {
        loading = false;
        if (again) {
            again = false;
            refresh();
        }
    }

    /** Every event reloads the figures; live ones also go into the feed (replays after a reconnect do not). */
    void onEvent(RealtimeFrame.Event event, boolean replayed) {
        refresh();
        if (replayed) {
            return;
        }
        String line = context.formats().time(context.clock().instant()) + "  " + describe(event);
        feed.add(0, line);
        if (feed.size() > FEED_SIZE) {
            feed.remove(FEED_SIZE, feed.size());
        }
        if (event.event().startsWith("alert.raised")
                || event.event().equals("exit.conflict")
                || event.event().equals("pending_exit.overdue")) {
            notice.set(line);
        }
    }

    private String describe(RealtimeFrame.Event event) {
        JsonNode data = event.data();
        String plate = data.path("plateDisplay")
                .asText(Formats.plate(data.path("plate").asText(null)));
        return switch (event.event()) {
            case "vehicle.entered" -> context.texts()
                    .get(
                            "admin.feed.entered",
                            plate,
                            data.path("vehicleType").asText("-"),
                            data.path("entryGate").asText("-"));
            case "vehicle.exited" -> context.texts()
                    .get(
                            "admin.feed.exited",
                            plate,
                            data.path("exitGate").asText("-"),
                            Formats.money(data.path("fee").asLong()));
            case "session.updated" -> context.texts()
                    .get("admin.feed.session", plate, data.path("status").asText("-"));
            case "alert.raised" -> context.texts()
                    .get(
                            "admin.feed.alert",
                            data.path("kind").asText("-"),
                            data.path("subject").asText("-"));
            case "alert.cleared" -> context.texts()
                    .get(
                            "admin.feed.alert_cleared",
                            data.path("kind").asText("-"),
                            data.path("subject").asText("-"));
            case "duplicate.resolved" -> context.texts()
                    .get("admin.feed.duplicate", data.path("resolvedBy").asText("-"));
            case "tariff.updated" -> context.texts()
                    .get("admin.feed.tariff", data.path("version").asText("-"));
            case "exit.conflict" -> context.texts()
                    .get("admin.feed.conflict", plate, data.path("gate").asText("-"));
            case "pending_exit.overdue" -> context.texts()
                    .get("admin.feed.pending", plate, data.path("gate").asText("-"));
            default -> context.texts().get("admin.feed.other", event.event());
        };
    }

    /** A lane offline with records waiting stands out. */
    public static boolean needsLook(JsonNode station) {
        return station.path("offline").asBoolean()
                && (station.path("pendingOffline").asInt() > 0
                        || station.path("needsAttention").asInt() > 0);
    }

    public ObservableList<JsonNode> occupancy() {
        return occupancy;
    }

    public ObservableList<JsonNode> hours() {
        return hours;
    }

    public ObservableList<JsonNode> stations() {
        return stations;
    }

    public ObservableList<JsonNode> alerts() {
        return alerts;
    }

    public ObservableList<String> feed() {
        return feed;
    }

    public StringProperty entriesProperty() {
        return entries;
    }

    public StringProperty exitsProperty() {
        return exits;
    }

    public StringProperty revenueProperty() {
        return revenue;
    }

    public StringProperty uncollectedProperty() {
        return uncollected;
    }

    public StringProperty updatedProperty() {
        return updated;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
