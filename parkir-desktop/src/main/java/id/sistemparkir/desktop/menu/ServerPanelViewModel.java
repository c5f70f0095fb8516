package id.sistemparkir.desktop.menu;

import id.sistemparkir.desktop.common.Tasks;
import id.sistemparkir.desktop.common.Texts;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The main menu's server panel: start, stop, URL, database, status, connected lanes, the first start's password. */
public final class ServerPanelViewModel {

    private final ServerControl server;
    private final Tasks tasks;
    private final Texts texts;

    private final StringProperty status = new SimpleStringProperty();
    private final StringProperty url = new SimpleStringProperty("-");
    private final StringProperty database = new SimpleStringProperty("-");
    private final StringProperty adminPassword = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<String> stations = FXCollections.observableArrayList();

    public ServerPanelViewModel(ServerControl server, Tasks tasks, Texts texts) {
        this.server = Objects.requireNonNull(server, "server");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.texts = Objects.requireNonNull(texts, "texts");
        status.set(texts.get("server.status.stopped"));
    }

    /** The "Server" tile: starts the server at once (nothing to fill in). */
    public void start() {
        if (running.get() || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(texts.get("server.status.starting"));
        tasks.submit(
                "server-start",
                server::start,
                started -> {
                    busy.set(false);
                    running.set(true);
                    status.set(texts.get("server.status.running"));
                    url.set(started.url() + "  (WebSocket " + started.url().replaceFirst("^http", "ws") + "/ws)");
                    database.set(started.database());
                    adminPassword.set(started.initialAdminPassword().orElse(""));
                },
                failure -> {
                    busy.set(false);
                    status.set(texts.get("server.status.failed", failure.getMessage()));
                });
    }

    public void stop() {
        if (!running.get() || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.submit(
                "server-stop",
                () -> {
                    server.stop();
                    return null;
                },
                ignored -> {
                    busy.set(false);
                    running.set(false);
                    status.set(texts.get("server.status.stopped"));
                    stations.clear();
                    adminPassword.set("");
                },
                failure -> busy.set(false));
    }

    /** Asks the server which lanes it hears (the menu calls it every few seconds while running). */
    public void refreshStations() {
        if (!running.get()) {
            return;
        }
        tasks.submit("server-stations", server::stations, this::showStations, failure -> {});
    }

    private void showStations(List<ServerControl.Station> list) {
        stations.setAll(list.stream()
                .filter(ServerControl.Station::connected)
                .map(s -> texts.get("server.station", s.code(), s.app() == null ? "-" : s.app(), s.pendingOffline()))
                .toList());
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty adminPasswordProperty() {
        return adminPassword;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<String> stations() {
        return stations;
    }
}
