package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sessions left open after a long outage (ACTIVE longer than N hours): close the chosen ones in bulk with a flat fee,
 * or void them, with a reason (the server audits each and answers which it skipped and why).
 */
public final class OpenSessionsViewModel {

    private final AdminContext context;
    private final StringProperty hours = new SimpleStringProperty("24");
    private final StringProperty fee = new SimpleStringProperty("0");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<JsonNode> sessions = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public OpenSessionsViewModel(AdminContext context) {
        this.context = context;
    }

    public void refresh() {
        int olderThan;
        try {
            olderThan = Integer.parseInt(hours.get().strip());
        } catch (NumberFormatException e) {
            message.set(context.texts().get("admin.open.invalid_hours", hours.get()));
            return;
        }
        context.tasks()
                .submit(
                        "open-sessions",
                        () -> JsonTable.rows(context.calls().call(api -> api.openSessions(olderThan))),
                        sessions::setAll,
                        failure -> message.set(context.problem(failure)));
    }

    /** Closes ({@code CLOSE}, with the flat fee) or voids ({@code VOID}) the given sessions. */
    public void apply(String action, List<JsonNode> chosen) {
        if (chosen.isEmpty()) {
            message.set(context.texts().get("admin.reviews.select"));
            return;
        }
        if (reason.get().isBlank()) {
            message.set(context.texts().get("admin.reason.missing"));
            return;
        }
        Long flatFee = null;
        if ("CLOSE".equals(action)) {
            try {
                flatFee = Long.parseLong(fee.get().replace(".", "").strip());
            } catch (NumberFormatException e) {
                message.set(context.texts().get("admin.open.invalid_fee", fee.get()));
                return;
            }
        }
        List<UUID> ids =
                chosen.stream().map(s -> UUID.fromString(s.path("id").asText())).toList();
        Long charged = flatFee;
        String why = reason.get().strip();
        context.change(
                "open-sessions-" + action.toLowerCase(java.util.Locale.ROOT),
                () -> context.calls().call(api -> api.closeOpenSessions(ids, action, charged, why)),
                busy,
                message,
                answer -> {
                    reason.set("");
                    message.set(context.texts()
                            .get(
                                    "admin.open.done",
                                    answer.path("changed").size(),
                                    answer.path("skipped").size()));
                    refresh();
                });
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty feeProperty() {
        return fee;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<JsonNode> sessions() {
        return sessions;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
