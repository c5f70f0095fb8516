package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.client.api.AdminApi;
import id.sistemparkir.desktop.common.LatestTask;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sessions search (plate, dates, class, status, gate, operator, in pages) and the selected session's detail: both
 * photos, the fee breakdown, its sync log and audit trail; an ACTIVE session may be voided with a reason.
 */
public final class SessionsViewModel {

    static final int PAGE_SIZE = 50;

    private final AdminContext context;
    private final StringProperty plate = new SimpleStringProperty("");
    private final StringProperty vehicleType = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty gate = new SimpleStringProperty("");
    private final StringProperty operator = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final ObservableList<JsonNode> results = FXCollections.observableArrayList();
    private final ObjectProperty<JsonNode> detail = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final LatestTask searches;
    private final LatestTask details;

    public SessionsViewModel(AdminContext context) {
        this.context = context;
        this.searches = new LatestTask(context.tasks(), "sessions");
        this.details = new LatestTask(context.tasks(), "session-detail");
    }

    /** Searches from the first page. */
    public void search() {
        page.set(0);
        load();
    }

    public void nextPage() {
        if ((page.get() + 1) * PAGE_SIZE < total.get()) {
            page.set(page.get() + 1);
            load();
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            load();
        }
    }

    private void load() {
        AdminApi.SessionQuery query = new AdminApi.SessionQuery(
                Dates.startOf(from.get(), context.formats().zone()),
                Dates.endOf(to.get(), context.formats().zone()),
                plate.get(),
                vehicleType.get(),
                status.get(),
                gate.get(),
                operator.get(),
                page.get(),
                PAGE_SIZE);
        searches.submit(
                () -> context.calls().call(api -> api.sessions(query)),
                answer -> {
                    results.setAll(JsonTable.rows(answer));
                    total.set(answer.path("total").asInt());
                    message.set(context.texts().get("admin.sessions.found", total.get(), page.get() + 1, pages()));
                },
                failure -> message.set(context.problem(failure)));
    }

    private int pages() {
        return Math.max(1, (total.get() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Loads the detail of a session of the results. */
    public void open(JsonNode session) {
        if (session == null) {
            detail.set(null);
            return;
        }
        UUID id = UUID.fromString(session.path("id").asText());
        details.submit(
                () -> context.calls().call(api -> api.session(id)),
                detail::set,
                failure -> message.set(context.problem(failure)));
    }

    /** A photo of the detail, by the server's path (in the background). */
    public byte[] photo(String url) {
        return context.calls().call(api -> api.photo(url));
    }

    public void voidOpened() {
        JsonNode opened = detail.get();
        if (opened == null) {
            return;
        }
        if (reason.get().isBlank()) {
            message.set(context.texts().get("admin.reason.missing"));
            return;
        }
        UUID id = UUID.fromString(opened.path("session").path("id").asText());
        String why = reason.get().strip();
        context.change(
                "session-void", () -> context.calls().call(api -> api.voidSession(id, why)), busy, message, done -> {
                    reason.set("");
                    message.set(context.texts()
                            .get(
                                    "admin.duplicates.voided",
                                    done.path("plateDisplay").asText()));
                    load();
                    open(opened.path("session"));
                });
    }

    public StringProperty plateProperty() {
        return plate;
    }

    public StringProperty vehicleTypeProperty() {
        return vehicleType;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty gateProperty() {
        return gate;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<JsonNode> results() {
        return results;
    }

    public ObjectProperty<JsonNode> detailProperty() {
        return detail;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
