package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Members and season passes (ADMIN): the list, a new pass from the form (card, name, plate, class, valid from/until as
 * whole days in the garage's time zone, discount), and the selected pass changed. Audited on the server.
 */
public final class MembersViewModel {

    private final AdminContext context;
    private final ObservableList<JsonNode> members = FXCollections.observableArrayList();
    private final ObjectProperty<JsonNode> selected = new SimpleObjectProperty<>();
    private final StringProperty card = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty plate = new SimpleStringProperty("");
    private final StringProperty vehicleType = new SimpleStringProperty("MOBIL");
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>();
    private final StringProperty discount = new SimpleStringProperty("100");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public MembersViewModel(AdminContext context) {
        this.context = context;
        selected.addListener((obs, before, now) -> fill(now));
    }

    public void refresh() {
        context.tasks()
                .submit(
                        "members",
                        () -> JsonTable.rows(context.calls().call(api -> api.members())),
                        members::setAll,
                        failure -> message.set(context.problem(failure)));
    }

    private void fill(JsonNode member) {
        if (member != null) {
            card.set(member.path("cardNumber").asText());
            name.set(member.path("name").asText());
            plate.set(member.path("plateDisplay").asText(member.path("plate").asText()));
            vehicleType.set(member.path("vehicleType").asText("MOBIL"));
            validFrom.set(day(member.path("validFrom").asText(null)));
            validUntil.set(day(member.path("validUntil").asText(null)));
            discount.set(member.path("discountPercent").asText("100"));
            active.set(member.path("active").asBoolean(true));
        }
    }

    private LocalDate day(String instant) {
        return instant == null
                ? null
                : Instant.parse(instant).atZone(context.formats().zone()).toLocalDate();
    }

    public void create() {
        Map<String, Object> member = form();
        if (member != null) {
            context.change(
                    "member-create",
                    () -> context.calls().call(api -> api.createMember(member)),
                    busy,
                    message,
                    this::done);
        }
    }

    /** Gives the selected pass every field of the form. */
    public void saveSelected() {
        JsonNode member = selected.get();
        if (member == null) {
            message.set(context.texts().get("admin.reviews.select"));
            return;
        }
        Map<String, Object> changes = form();
        if (changes != null) {
            UUID id = UUID.fromString(member.path("id").asText());
            context.change(
                    "member-update",
                    () -> context.calls().call(api -> api.updateMember(id, changes)),
                    busy,
                    message,
                    this::done);
        }
    }

    /** The form as the server takes it, or {@code null} with the reason in the message. */
    private Map<String, Object> form() {
        if (card.get().isBlank()
                || name.get().isBlank()
                || plate.get().isBlank()
                || validFrom.get() == null
                || validUntil.get() == null) {
            message.set(context.texts().get("admin.members.required"));
            return null;
        }
        if (validUntil.get().isBefore(validFrom.get())) {
            message.set(context.texts().get("admin.members.until_before_from"));
            return null;
        }
        int percent;
        try {
            percent = Integer.parseInt(discount.get().strip());
        } catch (NumberFormatException e) {
            percent = -1;
        }
        if (percent < 0 || percent > 100) {
            message.set(context.texts().get("admin.members.invalid_discount", discount.get()));
            return null;
        }
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("cardNumber", card.get().strip());
        member.put("name", name.get().strip());
        member.put("plate", plate.get().strip());
        member.put("vehicleType", vehicleType.get());
        member.put(
                "validFrom",
                Dates.startOf(validFrom.get(), context.formats().zone()).toString());
        member.put(
                "validUntil",
                Dates.endOf(validUntil.get(), context.formats().zone()).toString());
        member.put("discountPercent", percent);
        member.put("active", active.get());
        return member;
    }

    private void done(JsonNode member) {
        message.set(context.texts()
                .get("admin.members.saved", member.path("cardNumber").asText()));
        refresh();
    }

    public ObservableList<JsonNode> members() {
        return members;
    }

    public ObjectProperty<JsonNode> selectedProperty() {
        return selected;
    }

    public StringProperty cardProperty() {
        return card;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty plateProperty() {
        return plate;
    }

    public StringProperty vehicleTypeProperty() {
        return vehicleType;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public ObjectProperty<LocalDate> validUntilProperty() {
        return validUntil;
    }

    public StringProperty discountProperty() {
        return discount;
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
