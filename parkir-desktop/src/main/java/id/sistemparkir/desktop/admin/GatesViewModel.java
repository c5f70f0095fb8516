package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Gates (ADMIN): the list, a new gate from the form, and the selected gate's name, direction and active flag changed
 * (its code never changes). The server checks every field and audits each change with before and after.
 */
public final class GatesViewModel {

    private final AdminContext context;
    private final ObservableList<JsonNode> gates = FXCollections.observableArrayList();
    private final ObjectProperty<JsonNode> selected = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty direction = new SimpleStringProperty("IN");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public GatesViewModel(AdminContext context) {
        this.context = context;
        selected.addListener((obs, before, now) -> fill(now));
    }

    public void refresh() {
        context.tasks()
                .submit(
                        "gates",
                        () -> JsonTable.rows(context.calls().call(api -> api.gates())),
                        gates::setAll,
                        failure -> message.set(context.problem(failure)));
    }

    private void fill(JsonNode gate) {
        if (gate != null) {
            code.set(gate.path("code").asText());
            name.set(gate.path("name").asText());
            direction.set(gate.path("direction").asText("IN"));
            active.set(gate.path("active").asBoolean(true));
        }
    }

    /** Creates the gate of the form. */
    public void create() {
        if (code.get().isBlank() || name.get().isBlank()) {
            message.set(context.texts().get("admin.gates.required"));
            return;
        }
        Map<String, Object> gate = new LinkedHashMap<>();
        gate.put("code", code.get().strip());
        gate.putAll(fields());
        context.change(
                "gate-create", () -> context.calls().call(api -> api.createGate(gate)), busy, message, this::done);
    }

    /** Gives the selected gate the form's name, direction and active flag. */
    public void saveSelected() {
        JsonNode gate = selected.get();
        if (gate == null) {
            message.set(context.texts().get("admin.reviews.select"));
            return;
        }
        if (name.get().isBlank()) {
            message.set(context.texts().get("admin.gates.required"));
            return;
        }
        String which = gate.path("code").asText();
        Map<String, Object> changes = fields();
        context.change(
                "gate-update",
                () -> context.calls().call(api -> api.updateGate(which, changes)),
                busy,
                message,
                this::done);
    }

    private Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name.get().strip());
        fields.put("direction", direction.get());
        fields.put("active", active.get());
        return fields;
    }

    private void done(JsonNode gate) {
        message.set(context.texts().get("admin.gates.saved", gate.path("code").asText()));
        refresh();
    }

    public ObservableList<JsonNode> gates() {
        return gates;
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

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
