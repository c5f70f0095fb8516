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
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sessions tab: filters, the page of results, the selected session's detail with photos and fee lines. */
public final class SessionsView {

    private final SessionsViewModel model;
    private final AdminContext context;
    private final VBox detail = new VBox(8);
    private final HBox root;

    public SessionsView(SessionsViewModel model, AdminContext context) {
        this.model = model;
        this.context = context;
        Texts texts = context.texts();
        Formats formats = context.formats();
        TextField plate = field("sessions-plate", texts.get("admin.session.plate"), model.plateProperty());
        TextField gate = field("sessions-gate", texts.get("admin.session.gate"), model.gateProperty());
        TextField operator = field("sessions-operator", texts.get("admin.station.operator"), model.operatorProperty());
        ComboBox<String> type = combo(List.of("", "MOTOR", "MOBIL", "TRUK"), model.vehicleTypeProperty());
        ComboBox<String> status = combo(List.of("", "ACTIVE", "EXITED", "VOID"), model.statusProperty());
        DatePicker from = new DatePicker();
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.valueProperty().bindBidirectional(model.toProperty());
        Button search = new Button(texts.get("admin.sessions.search"), new FontIcon("mdi2m-magnify"));
        search.setId("sessions-search");
        search.setDefaultButton(true);
        search.setOnAction(e -> model.search());
        Button previous = new Button("", new FontIcon("mdi2c-chevron-left"));
        previous.setOnAction(e -> model.previousPage());
        Button next = new Button("", new FontIcon("mdi2c-chevron-right"));
        next.setOnAction(e -> model.nextPage());
        FlowPane filters = new FlowPane(8, 8, plate, type, status, gate, operator, from, to, search, previous, next);

        TableView<JsonNode> table = JsonTable.table("sessions-table", texts.get("admin.sessions.none"));
        table.getColumns()
                .addAll(List.of(
                        column(texts.get("admin.session.plate"), row -> text(row, "plateDisplay")),
                        column(texts.get("admin.session.class"), row -> text(row, "vehicleType")),
                        column(texts.get("admin.session.status"), row -> text(row, "status")),
                        column(texts.get("admin.session.entry"), row -> JsonTable.time(row, "entryTime", formats)),
                        column(texts.get("admin.session.exit"), row -> JsonTable.time(row, "exitTime", formats)),
                        column(
                                texts.get("admin.session.gate"),
                                row -> text(row, "entryGate") + " → " + text(row, "exitGate")),
                        column(texts.get("admin.session.fee_charged"), row -> money(row, "fee")),
                        column(texts.get("admin.session.paid"), row -> money(row, "paid"))));
        table.setItems(model.results());
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> model.open(now));
        Label message = new Label();
        message.setId("sessions-message");
        message.textProperty().bind(model.messageProperty());
        VBox left = new VBox(8, filters, table, message);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detailScroll.setPrefWidth(420);
        model.detailProperty().addListener((obs, before, now) -> showDetail(now));
        root = new HBox(12, left, detailScroll);
        root.getStyleClass().add("admin-page");
    }

    private void showDetail(JsonNode opened) {
        detail.getChildren().clear();
        if (opened == null) {
            return;
        }
        Texts texts = context.texts();
        JsonNode session = opened.path("session");
        HBox photos = new HBox(8);
        for (JsonNode photo : JsonTable.rows(opened.path("photos"))) {
            String url = photo.path("url").asText();
            photos.getChildren().add(new SessionCard.Photo(() -> model.photo(url), context, 190, 120));
        }
        VBox fee = new VBox(4, new Label(texts.get("admin.sessions.fee_lines")));
        for (JsonNode line : JsonTable.rows(opened.path("feeBreakdown").path("lines"))) {
            fee.getChildren().add(new Label(text(line, "description") + "  " + money(line, "amount")));
        }
        fee.getChildren()
                .add(new Label(texts.get("admin.sessions.fee_total", money(opened.path("feeBreakdown"), "fee"))));
        VBox audit = new VBox(4, new Label(texts.get("admin.sessions.audit")));
        for (JsonNode line : JsonTable.rows(opened.path("audit"))) {
            audit.getChildren()
                    .add(new Label(JsonTable.time(line, "at", context.formats()) + " " + text(line, "actor") + ": "
                            + text(line, "action") + " — " + text(line, "detail")));
        }
        for (JsonNode line : JsonTable.rows(opened.path("syncLog"))) {
            audit.getChildren()
                    .add(new Label(JsonTable.time(line, "receivedAt", context.formats()) + " " + text(line, "station")
                            + ": " + text(line, "kind") + " " + text(line, "outcome")));
        }
        TextField reason = new TextField();
        reason.setPromptText(texts.get("admin.reason.prompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        WriteGuard.guard(reason, context.live());
        Button voidIt = new Button(texts.get("admin.duplicates.void"), new FontIcon("mdi2c-cancel"));
        voidIt.setOnAction(e -> model.voidOpened());
        WriteGuard.guard(
                voidIt,
                context.live(),
                model.busyProperty()
                        .or(new javafx.beans.property.SimpleBooleanProperty(
                                !"ACTIVE".equals(session.path("status").asText()))));
        SessionCard facts = new SessionCard(session, null, context);
        detail.getChildren().addAll(facts, photos, fee, audit, reason, voidIt);
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static ComboBox<String> combo(List<String> values, javafx.beans.property.StringProperty value) {
        ComboBox<String> combo = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(values));
        combo.valueProperty().bindBidirectional(value);
        return combo;
    }

    public Node root() {
        return root;
    }
}
