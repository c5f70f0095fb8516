package id.sistemparkir.desktop.admin;

import static id.sistemparkir.desktop.admin.JsonTable.column;
import static id.sistemparkir.desktop.admin.JsonTable.text;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.Texts;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A paged log with two filters: the sync log and the audit log are both this view with other columns. */
public final class LogView {

    private final VBox root = new VBox(10);

    private LogView(
            String id,
            LogViewModel model,
            Texts texts,
            String firstPrompt,
            String secondPrompt,
            List<TableColumn<JsonNode, String>> columns) {
        TextField first = new TextField();
        first.setPromptText(firstPrompt);
        first.setId(id + "-first");
        first.textProperty().bindBidirectional(model.firstProperty());
        TextField second = new TextField();
        second.setPromptText(secondPrompt);
        second.setId(id + "-second");
        second.textProperty().bindBidirectional(model.secondProperty());
        Button filter = new Button(texts.get("admin.log.filter"), new FontIcon("mdi2f-filter-outline"));
        filter.setDefaultButton(true);
        filter.setOnAction(e -> model.refresh());
        Button previous = new Button("", new FontIcon("mdi2c-chevron-left"));
        previous.setOnAction(e -> model.previousPage());
        Button next = new Button("", new FontIcon("mdi2c-chevron-right"));
        next.setOnAction(e -> model.nextPage());
        TableView<JsonNode> table = JsonTable.table(id + "-table", texts.get("admin.log.none"));
        table.getColumns().addAll(columns);
        table.setItems(model.rows());
        VBox.setVgrow(table, Priority.ALWAYS);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        root.getChildren().addAll(new HBox(8, first, second, filter, previous, next), table, message);
        root.getStyleClass().add("admin-page");
    }

    /** What each lane sent, when, and the outcome. */
    public static LogView syncLog(LogViewModel model, AdminContext context) {
        Texts texts = context.texts();
        Formats formats = context.formats();
        return new LogView(
                "synclog",
                model,
                texts,
                texts.get("admin.station.code"),
                texts.get("admin.log.outcome"),
                List.of(
                        column(texts.get("admin.log.received"), row -> JsonTable.time(row, "receivedAt", formats)),
                        column(texts.get("admin.station.code"), row -> text(row, "station")),
                        column(texts.get("admin.reviews.kind"), row -> text(row, "kind")),
                        column(texts.get("admin.log.outcome"), row -> text(row, "outcome")),
                        column(texts.get("admin.log.record"), row -> text(row, "recordId")),
                        column(texts.get("admin.log.message"), row -> text(row, "message"))));
    }

    /** Who changed what, when, before and after. */
    public static LogView auditLog(LogViewModel model, AdminContext context) {
        Texts texts = context.texts();
        Formats formats = context.formats();
        return new LogView(
                "auditlog",
                model,
                texts,
                texts.get("admin.log.actor"),
                texts.get("admin.log.action"),
                List.of(
                        column(texts.get("admin.reviews.at"), row -> JsonTable.time(row, "at", formats)),
                        column(texts.get("admin.log.actor"), row -> text(row, "actor")),
                        column(texts.get("admin.log.action"), row -> text(row, "action")),
                        column(texts.get("admin.log.target"), row -> text(row, "target")),
                        column(texts.get("admin.log.message"), row -> text(row, "detail")),
                        column(texts.get("admin.log.before"), row -> text(row, "before")),
                        column(texts.get("admin.log.after"), row -> text(row, "after"))));
    }

    public Node root() {
        return root;
    }
}
