package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
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
 * Suspected duplicates (two ACTIVE sessions of one plate; near-identical entries from one lane), a group's sessions
 * side by side, and voiding one of them with a reason (never a hard delete; the server audits it and every window's
 * occupancy corrects itself through the realtime {@code session.updated}).
 */
public final class DuplicatesViewModel {

    private final AdminContext context;
    private final ObservableList<JsonNode> groups = FXCollections.observableArrayList();
    private final ObjectProperty<JsonNode> selected = new SimpleObjectProperty<>();
    private final ObservableList<JsonNode> candidates = FXCollections.observableArrayList();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public DuplicatesViewModel(AdminContext context) {
        this.context = context;
        selected.addListener((obs, before, now) ->
                candidates.setAll(now == null ? List.of() : JsonTable.rows(now.path("sessions"))));
        context.live().addEventListener((event, replayed) -> {
            if (event.event().equals("duplicate.resolved")
                    || (event.event().equals("vehicle.entered")
                            && event.data().path("suspectedDuplicate").asBoolean())) {
                refresh();
            }
        });
    }

    public void refresh() {
        context.tasks()
                .submit(
                        "duplicates",
                        () -> JsonTable.rows(context.calls().call(api -> api.duplicates())),
                        rows -> {
                            String key = selected.get() == null
                                    ? null
                                    : selected.get().path("key").asText();
                            groups.setAll(rows);
                            selected.set(rows.stream()
                                    .filter(g -> g.path("key").asText().equals(key))
                                    .findFirst()
                                    .orElse(rows.isEmpty() ? null : rows.get(0)));
                        },
                        failure -> message.set(context.problem(failure)));
    }

    /** Voids the candidate at {@code index} of the selected group, keeping the other one when there are two. */
    public void voidCandidate(int index) {
        if (reason.get().isBlank()) {
            message.set(context.texts().get("admin.reason.missing"));
            return;
        }
        if (index < 0 || index >= candidates.size()) {
            return;
        }
        UUID voided = sessionId(candidates.get(index));
        Optional<UUID> kept =
                candidates.size() == 2 ? Optional.of(sessionId(candidates.get(1 - index))) : Optional.empty();
        String why = reason.get().strip();
        context.change(
                "duplicate-void",
                () -> context.calls().call(api -> api.resolveDuplicate(voided, kept.orElse(null), why)),
                busy,
                message,
                done -> {
                    reason.set("");
                    message.set(context.texts()
                            .get(
                                    "admin.duplicates.voided",
                                    candidates
                                            .get(index)
                                            .path("session")
                                            .path("plateDisplay")
                                            .asText()));
                    refresh();
                });
    }

    static UUID sessionId(JsonNode candidate) {
        return UUID.fromString(candidate.path("session").path("id").asText());
    }

    /** The entry photo's JPEG (in the background; {@code null} when there is none). */
    public byte[] photo(JsonNode candidate) {
        String url = candidate.path("entryPhotoUrl").asText(null);
        return url == null ? null : context.calls().call(api -> api.photo(url));
    }

    public ObservableList<JsonNode> groups() {
        return groups;
    }

    public ObjectProperty<JsonNode> selectedProperty() {
        return selected;
    }

    public ObservableList<JsonNode> candidates() {
        return candidates;
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
