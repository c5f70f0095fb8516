package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.vehicle.VehicleType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The garage settings (ADMIN): time zone, alert thresholds, backup schedule, capacity per class; only the fields
 * changed are sent. The embedded database's backups and "Backup now" (the server answers {@code not_embedded} for
 * MariaDB/MySQL, whose backups the administrator guide describes). Gates and members have their own tab.
 */
public final class SettingsViewModel {

    /** The whole-number settings, as the server names them. */
    public static final List<String> NUMBERS = List.of(
            "occupancyAlertPercent",
            "longStayHours",
            "laneOfflineMinutes",
            "pendingExitMinutes",
            "backupKeepDays",
            "backupHour");

    private final AdminContext context;
    private final StringProperty timeZone = new SimpleStringProperty("");
    private final Map<String, StringProperty> numbers = new LinkedHashMap<>();
    private final Map<VehicleType, StringProperty> capacity = new LinkedHashMap<>();
    private final ObservableList<JsonNode> backups = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private JsonNode loaded;

    public SettingsViewModel(AdminContext context) {
        this.context = context;
        NUMBERS.forEach(name -> numbers.put(name, new SimpleStringProperty("")));
        for (VehicleType type : VehicleType.values()) {
            capacity.put(type, new SimpleStringProperty(""));
        }
        context.live().addEventListener((event, replayed) -> {
            if (event.event().equals("settings.updated") && !busy.get()) {
                refresh();
            }
        });
    }

    public void refresh() {
        context.tasks()
                .submit(
                        "settings",
                        () -> context.calls().call(api -> api.settings()),
                        this::show,
                        failure -> message.set(context.problem(failure)));
        context.tasks()
                .submit(
                        "backups",
                        () -> JsonTable.rows(context.calls().call(api -> api.backups())),
                        backups::setAll,
                        failure -> backups.clear()); // MariaDB/MySQL: no embedded backups to list
    }

    private void show(JsonNode settings) {
        loaded = settings;
        timeZone.set(loaded.path("timeZone").asText());
        numbers.forEach((name, value) -> value.set(loaded.path(name).asText()));
        capacity.forEach((type, value) ->
                value.set(loaded.path("capacity").path(type.name()).asText("0")));
    }

    /** Sends the fields that differ from what was loaded. */
    public void save() {
        if (loaded == null) {
            return;
        }
        Optional<Map<String, Object>> changes = changes();
        if (changes.isEmpty()) {
            return;
        }
        if (changes.get().isEmpty()) {
            message.set(context.texts().get("admin.settings.unchanged"));
            return;
        }
        context.change(
                "settings-save",
                () -> {
                    // Capacity has its own endpoint; the other settings go in one PUT.
                    Map<String, Object> rest = new LinkedHashMap<>(changes.get());
                    @SuppressWarnings("unchecked")
                    Map<String, Integer> spaces = (Map<String, Integer>) rest.remove("capacity");
                    if (spaces != null) {
                        context.calls().call(api -> api.updateCapacity(spaces));
                    }
                    return rest.isEmpty() ? null : context.calls().call(api -> api.updateSettings(rest));
                },
                busy,
                message,
                saved -> {
                    message.set(context.texts().get("admin.settings.saved"));
                    refresh();
                });
    }

    private Optional<Map<String, Object>> changes() {
        Map<String, Object> changes = new LinkedHashMap<>();
        if (!timeZone.get().strip().equals(loaded.path("timeZone").asText())) {
            changes.put("timeZone", timeZone.get().strip());
        }
        for (Map.Entry<String, StringProperty> number : numbers.entrySet()) {
            Optional<Integer> value = number(number.getKey(), number.getValue().get());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (value.get() != loaded.path(number.getKey()).asInt()) {
                changes.put(number.getKey(), value.get());
            }
        }
        Map<String, Integer> spaces = new LinkedHashMap<>();
        boolean capacityChanged = false;
        for (Map.Entry<VehicleType, StringProperty> entry : capacity.entrySet()) {
            Optional<Integer> value = number(
                    context.texts().vehicle(entry.getKey()), entry.getValue().get());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            spaces.put(entry.getKey().name(), value.get());
            capacityChanged |= value.get()
                    != loaded.path("capacity").path(entry.getKey().name()).asInt();
        }
        if (capacityChanged) {
            changes.put("capacity", spaces);
        }
        return Optional.of(changes);
    }

    private Optional<Integer> number(String name, String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 0) {
                throw new NumberFormatException("negative");
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            message.set(context.texts().get("admin.settings.invalid", name, text));
            return Optional.empty();
        }
    }

    public void backupNow() {
        busy.set(true);
        context.tasks()
                .submit(
                        "backup-now",
                        () -> context.calls().call(api -> api.backupNow()),
                        made -> {
                            busy.set(false);
                            message.set(context.texts()
                                    .get(
                                            "admin.settings.backup_made",
                                            made.path("name").asText()));
                            refresh();
                        },
                        failure -> {
                            busy.set(false);
                            message.set(
                                    failure instanceof AdminCalls.AdminCallException call
                                                    && "not_embedded".equals(call.code())
                                            ? context.texts().get("admin.settings.not_embedded")
                                            : context.problem(failure));
                        });
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public StringProperty number(String name) {
        return numbers.get(name);
    }

    public StringProperty capacity(VehicleType type) {
        return capacity.get(type);
    }

    public ObservableList<JsonNode> backups() {
        return backups;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
