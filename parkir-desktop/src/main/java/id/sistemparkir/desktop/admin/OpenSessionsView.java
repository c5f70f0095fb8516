package id.sistemparkir.desktop.admin;

import static id.sistemparkir.desktop.admin.JsonTable.column;
import static id.sistemparkir.desktop.admin.JsonTable.text;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.desktop.common.Texts;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "sessions left open" tab: older than N hours, several chosen at once, close with a flat fee or void. */
public final class OpenSessionsView {

    private final VBox root = new VBox(10);

    public OpenSessionsView(OpenSessionsViewModel model, AdminContext context) {
        Texts texts = context.texts();
        TextField hours = new TextField();
        hours.setPrefColumnCount(4);
        hours.textProperty().bindBidirectional(model.hoursProperty());
        Button load = new Button(texts.get("admin.log.filter"), new FontIcon("mdi2f-filter-outline"));
        load.setOnAction(e -> model.refresh());
        TableView<JsonNode> table = JsonTable.table("open-table", texts.get("admin.open.none"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns()
                .addAll(List.of(
                        column(texts.get("admin.session.plate"), row -> text(row, "plateDisplay")),
                        column(texts.get("admin.session.class"), row -> text(row, "vehicleType")),
                        column(
                                texts.get("admin.session.entry"),
                                row -> JsonTable.time(row, "entryTime", context.formats())),
                        column(texts.get("admin.session.gate"), row -> text(row, "entryGate")),
                        column(texts.get("admin.session.ticket"), row -> text(row, "ticketCode"))));
        table.setItems(model.sessions());
        VBox.setVgrow(table, Priority.ALWAYS);
        TextField fee = new TextField();
        fee.setPrefColumnCount(8);
        fee.textProperty().bindBidirectional(model.feeProperty());
        TextField reason = new TextField();
        reason.setPromptText(texts.get("admin.reason.prompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button close = new Button(texts.get("admin.open.close"), new FontIcon("mdi2c-cash-check"));
        close.setOnAction(
                e -> model.apply("CLOSE", List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button voidThem = new Button(texts.get("admin.open.void"), new FontIcon("mdi2c-cancel"));
        voidThem.setOnAction(
                e -> model.apply("VOID", List.copyOf(table.getSelectionModel().getSelectedItems())));
        for (Node control : List.of(fee, reason, close, voidThem)) {
            WriteGuard.guard(control, context.live(), model.busyProperty());
        }
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        root.getChildren()
                .addAll(
                        new HBox(8, new Label(texts.get("admin.open.older_than")), hours, load),
                        table,
                        new HBox(8, new Label(texts.get("admin.open.fee")), fee, reason, close, voidThem),
                        message);
        root.getStyleClass().add("admin-page");
    }

    public Node root() {
        return root;
    }
}
