package id.sistemparkir.desktop.admin;

import static id.sistemparkir.desktop.admin.JsonTable.column;
import static id.sistemparkir.desktop.admin.JsonTable.money;
import static id.sistemparkir.desktop.admin.JsonTable.text;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.Texts;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "money to check" tab: kind filter, the items with who and where, resolve with a reason. */
public final class ReviewsView {

    private final VBox root = new VBox(10);

    public ReviewsView(ReviewsViewModel model, AdminContext context) {
        Texts texts = context.texts();
        Formats formats = context.formats();
        ComboBox<String> kind = new ComboBox<>(model.kinds());
        kind.setId("reviews-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : kindText(texts, value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        CheckBox resolved = new CheckBox(texts.get("admin.reviews.show_resolved"));
        resolved.selectedProperty().bindBidirectional(model.showResolvedProperty());
        TableView<JsonNode> table = JsonTable.table("reviews-table", texts.get("admin.reviews.none"));
        table.getColumns()
                .addAll(List.of(
                        column(texts.get("admin.reviews.kind"), row -> kindText(texts, text(row, "kind"))),
                        column(texts.get("admin.session.plate"), row -> text(row, "plate")),
                        column(texts.get("admin.reviews.at"), row -> JsonTable.time(row, "at", formats)),
                        column(texts.get("admin.session.gate"), row -> text(row, "gate")),
                        column(texts.get("admin.station.code"), row -> text(row, "station")),
                        column(texts.get("admin.station.operator"), row -> text(row, "operator")),
                        column(texts.get("admin.session.fee_charged"), row -> money(row, "fee")),
                        column(texts.get("admin.reviews.expected"), row -> money(row, "expectedFee")),
                        column(texts.get("admin.session.paid"), row -> money(row, "paid")),
                        column(texts.get("admin.reviews.amount"), row -> money(row, "amount")),
                        column(
                                texts.get("admin.reviews.resolution"),
                                row -> row.path("resolution").isObject()
                                        ? text(row.path("resolution"), "resolvedBy") + ": "
                                                + text(row.path("resolution"), "reason")
                                        : "-")));
        table.setItems(model.items());
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> model.selectedProperty()
                .set(now));
        VBox.setVgrow(table, Priority.ALWAYS);
        TextField reason = new TextField();
        reason.setId("reviews-reason");
        reason.setPromptText(texts.get("admin.reason.prompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        WriteGuard.guard(reason, context.live());
        Button resolve = new Button(texts.get("admin.reviews.resolve"), new FontIcon("mdi2c-check-circle-outline"));
        resolve.setId("reviews-resolve");
        resolve.setOnAction(e -> model.resolveSelected());
        WriteGuard.guard(resolve, context.live(), model.busyProperty());
        Label message = new Label();
        message.setId("reviews-message");
        message.textProperty().bind(model.messageProperty());
        root.getChildren()
                .addAll(
                        new HBox(10, new Label(texts.get("admin.reviews.kind")), kind, resolved),
                        table,
                        new HBox(10, reason, resolve),
                        message);
        root.getStyleClass().add("admin-page");
    }

    static String kindText(Texts texts, String kind) {
        String key = "admin.reviews.kind." + kind;
        return texts.has(key) ? texts.get(key) : kind;
    }

    public Node root() {
        return root;
    }
}
