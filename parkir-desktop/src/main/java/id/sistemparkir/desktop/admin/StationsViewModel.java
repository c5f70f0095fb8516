package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Enrolled ticket stations (ADMIN, decision 0015): the list; enroll one with the public key {@code parkir station key}
 * printed on it; rotate the selected one's key; revoke it from now with a reason, after a second confirming step.
 */
public final class StationsViewModel {

    private final AdminContext context;
    private final ObservableList<JsonNode> stations = FXCollections.observableArrayList();
    private final ObjectProperty<JsonNode> selected = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty direction = new SimpleStringProperty("IN");
    private final StringProperty gate = new SimpleStringProperty("");
    private final StringProperty publicKey = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    /** The code of the station waiting for the revoke to be confirmed, or {@code null}. */
    private final StringProperty pendingRevoke = new SimpleStringProperty();

    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public StationsViewModel(AdminContext context) {
        this.context = context;
        selected.addListener((obs, before, now) -> fill(now));
    }

    public void refresh() {
        context.tasks()
                .submit(
                        "ticket-stations",
                        () -> JsonTable.rows(context.calls().call(api -> api.ticketStations())),
                        stations::setAll,
                        failure -> message.set(context.problem(failure)));
    }

    private void fill(JsonNode station) {
        pendingRevoke.set(null);
        if (station != null) {
            code.set(station.path("code").asText());
            name.set(station.path("name").asText());
            direction.set(station.path("direction").asText("IN"));
            gate.set(station.path("gate").asText());
            publicKey.set("");
        }
    }

    public void enroll() {
        if (code.get().isBlank() || name.get().isBlank() || gate.get().isBlank()) {
            message.set(context.texts().get("admin.stations.required"));
            return;
        }
        if ("IN".equals(direction.get()) && publicKey.get().isBlank()) {
            message.set(context.texts().get("admin.stations.key_required"));
            return;
        }
        String c = code.get().strip();
        String n = name.get().strip();
        String d = direction.get();
        String g = gate.get().strip();
        String key = publicKey.get().strip();
        context.change(
                "station-enroll",
                () -> context.calls().call(api -> api.enrollStation(c, n, d, g, key)),
                busy,
                message,
                done -> done("admin.stations.enrolled", done));
    }

    /** Enrolls the form's public key as the selected station's new key (its old keys retire). */
    public void rotate() {
        JsonNode station = selected.get();
        if (station == null) {
            message.set(context.texts().get("admin.reviews.select"));
            return;
        }
        if (publicKey.get().isBlank()) {
            message.set(context.texts().get("admin.stations.key_required"));
            return;
        }
        String c = station.path("code").asText();
        String key = publicKey.get().strip();
        context.change(
                "station-rotate",
                () -> context.calls().call(api -> api.rotateStation(c, key)),
                busy,
                message,
                done -> done("admin.stations.rotated", done));
    }

    /** The first step of a revoke: checks the selection and reason, then waits for {@link #confirmRevoke}. */
    public void askRevoke() {
        JsonNode station = selected.get();
        if (station == null) {
            message.set(context.texts().get("admin.reviews.select"));
            return;
        }
        if (reason.get().isBlank()) {
            message.set(context.texts().get("admin.reason.missing"));
            return;
        }
        pendingRevoke.set(station.path("code").asText()); // the view's confirmation bar asks
        message.set("");
    }

    public void confirmRevoke() {
        String c = pendingRevoke.get();
        if (c == null) {
            return;
        }
        pendingRevoke.set(null);
        String why = reason.get().strip();
        context.change(
                "station-revoke", () -> context.calls().call(api -> api.revokeStation(c, why)), busy, message, done -> {
                    reason.set("");
                    done("admin.stations.revoked", done);
                });
    }

    public void cancelRevoke() {
        pendingRevoke.set(null);
        message.set("");
    }

    private void done(String key, JsonNode station) {
        publicKey.set("");
        message.set(context.texts().get(key, station.path("code").asText()));
        refresh();
    }

    public ObservableList<JsonNode> stations() {
        return stations;
    }

    public ObjectProperty<JsonNode> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty directionProperty() {
        return direction;
    }

    public StringProperty gateProperty() {
        return gate;
    }

    public StringProperty publicKeyProperty() {
        return publicKey;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty pendingRevokeProperty() {
        return pendingRevoke;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
