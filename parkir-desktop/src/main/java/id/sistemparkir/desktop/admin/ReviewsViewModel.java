package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
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
 * Money that needs a look (fee mismatches, underpaid / unable to collect, lost tickets, exits waiting for an entry,
 * and whatever kinds the server adds): listed with who and where, filtered by kind here, resolved with a reason.
 */
public final class ReviewsViewModel {

    /** The filter's "every kind". */
    public static final String ALL = "ALL";

    private final AdminContext context;
    private final List<JsonNode> loaded = new java.util.ArrayList<>();
    private final ObservableList<JsonNode> items = FXCollections.observableArrayList();
    private final ObservableList<String> kinds = FXCollections.observableArrayList(ALL);
    private final StringProperty kind = new SimpleStringProperty(ALL);
    private final BooleanProperty showResolved = new SimpleBooleanProperty();
    private final ObjectProperty<JsonNode> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ReviewsViewModel(AdminContext context) {
        this.context = context;
        kind.addListener((obs, before, now) -> filter());
        showResolved.addListener((obs, before, now) -> refresh());
        context.live().addEventListener((event, replayed) -> {
            if (event.event().equals("review.resolved") || event.event().equals("vehicle.exited")) {
                refresh();
            }
        });
    }

    public void refresh() {
        Boolean resolved = showResolved.get() ? null : Boolean.FALSE;
        context.tasks()
                .submit(
                        "reviews",
                        () -> JsonTable.rows(context.calls().call(api -> api.reviews(null, resolved))),
                        rows -> {
                            loaded.clear();
                            loaded.addAll(rows);
                            rows.stream()
                                    .map(r -> r.path("kind").asText())
                                    .distinct()
                                    .filter(k -> !kinds.contains(k))
                                    .forEach(kinds::add);
                            filter();
                        },
                        failure -> message.set(context.problem(failure)));
    }

    private void filter() {
        items.setAll(loaded.stream()
                .filter(r -> ALL.equals(kind.get()) || r.path("kind").asText().equals(kind.get()))
                .toList());
    }

    public void resolveSelected() {
        JsonNode item = selected.get();
        if (item == null) {
            message.set(context.texts().get("admin.reviews.select"));
            return;
        }
        if (reason.get().isBlank()) {
            message.set(context.texts().get("admin.reason.missing"));
            return;
        }
        String itemKind = item.path("kind").asText();
        UUID subject = UUID.fromString(item.path("subjectId").asText());
        String why = reason.get().strip();
        context.change(
                "review-resolve",
                () -> context.calls().call(api -> api.resolveReview(itemKind, subject, why)),
                busy,
                message,
                done -> {
                    reason.set("");
                    message.set(context.texts()
                            .get("admin.reviews.resolved", item.path("plate").asText("-")));
                    refresh();
                });
    }

    public ObservableList<JsonNode> items() {
        return items;
    }

    public ObservableList<String> kinds() {
        return kinds;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public BooleanProperty showResolvedProperty() {
        return showResolved;
    }

    public ObjectProperty<JsonNode> selectedProperty() {
        return selected;
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
