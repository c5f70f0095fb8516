package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
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
 * The tariff editor: the version in force, a new version's rates per class and its start, a preview of the fees of
 * typical stays (now against proposed) that must be seen before saving, and saving it as a new version (never an edit:
 * a fee always uses the version in force at the entry).
 */
public final class TariffViewModel {

    /** The five amounts of one class, as the server names them. */
    public static final List<String> FIELDS =
            List.of("graceSeconds", "firstHour", "nextHour", "maxPerDay", "lostTicket");

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm");

    private final AdminContext context;
    private final Map<VehicleType, Map<String, StringProperty>> fields = new EnumMap<>(VehicleType.class);
    private final StringProperty effectiveFrom = new SimpleStringProperty("");
    private final StringProperty current = new SimpleStringProperty("-");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<JsonNode> preview = FXCollections.observableArrayList();
    private final ObservableList<JsonNode> versions = FXCollections.observableArrayList();
    private final BooleanProperty previewed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public TariffViewModel(AdminContext context) {
        this.context = context;
        for (VehicleType type : VehicleType.values()) {
            Map<String, StringProperty> amounts = new LinkedHashMap<>();
            for (String field : FIELDS) {
                StringProperty value = new SimpleStringProperty("");
                value.addListener((obs, before, now) -> previewed.set(false)); // a changed rate needs a new preview
                amounts.put(field, value);
            }
            fields.put(type, amounts);
        }
        effectiveFrom.addListener((obs, before, now) -> previewed.set(false));
        context.live().addEventListener((event, replayed) -> {
            if (event.event().equals("tariff.updated") && !busy.get()) {
                refresh();
            }
        });
    }

    /** Loads the versions and fills the form with the one in force now. */
    public void refresh() {
        context.tasks()
                .submit(
                        "tariffs",
                        () -> JsonTable.rows(context.calls().call(api -> api.tariffs())),
                        this::show,
                        failure -> message.set(context.problem(failure)));
    }

    private void show(List<JsonNode> all) {
        versions.setAll(all);
        Instant now = context.clock().instant();
        Optional<JsonNode> inForce = all.stream()
                .filter(v -> !JsonTable.instant(v, "effectiveFrom").isAfter(now))
                .reduce((a, b) -> b.path("version").asInt() > a.path("version").asInt() ? b : a);
        inForce.ifPresent(v -> {
            current.set(context.texts()
                    .get(
                            "admin.tariff.current",
                            v.path("version").asInt(),
                            JsonTable.time(v, "effectiveFrom", context.formats())));
            for (VehicleType type : VehicleType.values()) {
                JsonNode rate = v.path("rates").path(type.name());
                for (String field : FIELDS) {
                    fields.get(type).get(field).set(rate.path(field).asText(""));
                }
            }
        });
        preview.clear();
        previewed.set(false);
    }

    public void preview() {
        Optional<Map<String, Map<String, Long>>> rates = rates();
        if (rates.isEmpty()) {
            return;
        }
        context.change(
                "tariff-preview",
                () -> context.calls().call(api -> api.previewTariff(rates.get())),
                busy,
                message,
                result -> {
                    preview.setAll(JsonTable.rows(result.path("rows")));
                    previewed.set(true);
                    message.set(context.texts().get("admin.tariff.previewed"));
                });
    }

    /** Saves the previewed rates as a new version (the Save button is enabled only after a preview of them). */
    public void save() {
        Optional<Map<String, Map<String, Long>>> rates = rates();
        Optional<Instant> start = start();
        if (rates.isEmpty() || start.isEmpty() || !previewed.get()) {
            return;
        }
        context.change(
                "tariff-save",
                () -> context.calls().call(api -> api.saveTariff(start.get(), rates.get())),
                busy,
                message,
                saved -> {
                    message.set(context.texts()
                            .get(
                                    "admin.tariff.saved",
                                    saved.path("version").asInt(),
                                    JsonTable.time(saved, "effectiveFrom", context.formats())));
                    refresh();
                });
    }

    /** The form's amounts, or empty with the first problem in the message. */
    Optional<Map<String, Map<String, Long>>> rates() {
        Map<String, Map<String, Long>> rates = new LinkedHashMap<>();
        for (VehicleType type : VehicleType.values()) {
            Map<String, Long> amounts = new LinkedHashMap<>();
            for (String field : FIELDS) {
                String text = fields.get(type).get(field).get().replace(".", "").strip();
                try {
                    long value = Long.parseLong(text);
                    if (value < 0) {
                        throw new NumberFormatException("negative");
                    }
                    amounts.put(field, value);
                } catch (NumberFormatException e) {
                    message.set(context.texts()
                            .get(
                                    "admin.tariff.invalid_amount",
                                    context.texts().vehicle(type),
                                    context.texts().get("admin.tariff." + field)));
                    return Optional.empty();
                }
            }
            rates.put(type.name(), amounts);
        }
        return Optional.of(rates);
    }

    /** Blank = now; else {@code dd-MM-yyyy HH:mm} in the garage's zone. */
    Optional<Instant> start() {
        String text = effectiveFrom.get().strip();
        if (text.isEmpty()) {
            return Optional.of(context.clock().instant());
        }
        try {
            return Optional.of(LocalDateTime.parse(text, START)
                    .atZone(context.formats().zone())
                    .toInstant());
        } catch (DateTimeParseException e) {
            message.set(context.texts().get("admin.tariff.invalid_start", text));
            return Optional.empty();
        }
    }

    public StringProperty field(VehicleType type, String field) {
        return fields.get(type).get(field);
    }

    public StringProperty effectiveFromProperty() {
        return effectiveFrom;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<JsonNode> previewRows() {
        return preview;
    }

    public ObservableList<JsonNode> versions() {
        return versions;
    }

    public BooleanProperty previewedProperty() {
        return previewed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
