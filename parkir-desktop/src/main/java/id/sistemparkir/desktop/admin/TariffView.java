package id.sistemparkir.desktop.admin;

import static id.sistemparkir.desktop.admin.JsonTable.column;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.desktop.common.Texts;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The tariff editor tab (ADMIN): a grid of amounts per class, the start, Preview, the preview table, Save. */
public final class TariffView {

    private final VBox root = new VBox(12);

    public TariffView(TariffViewModel model, AdminContext context) {
        Texts texts = context.texts();
        GridPane grid = DashboardView.grid();
        for (int c = 0; c < TariffViewModel.FIELDS.size(); c++) {
            grid.add(new Label(texts.get("admin.tariff." + TariffViewModel.FIELDS.get(c))), c + 1, 0);
        }
        VehicleType[] types = VehicleType.values();
        for (int r = 0; r < types.length; r++) {
            grid.add(new Label(texts.vehicle(types[r])), 0, r + 1);
            for (int c = 0; c < TariffViewModel.FIELDS.size(); c++) {
                String field = TariffViewModel.FIELDS.get(c);
                TextField amount = new TextField();
                amount.setId("tariff-" + types[r].name() + "-" + field);
                amount.setPrefColumnCount(9);
                amount.textProperty().bindBidirectional(model.field(types[r], field));
                WriteGuard.guard(amount, context.live());
                grid.add(amount, c + 1, r + 1);
            }
        }
        TextField start = new TextField();
        start.setId("tariff-start");
        start.setPromptText(texts.get("admin.tariff.start_prompt"));
        start.textProperty().bindBidirectional(model.effectiveFromProperty());
        WriteGuard.guard(start, context.live());
        Button preview = new Button(texts.get("admin.tariff.preview"), new FontIcon("mdi2e-eye-outline"));
        preview.setId("tariff-preview");
        preview.setOnAction(e -> model.preview());
        WriteGuard.guard(preview, context.live(), model.busyProperty());
        Button save = new Button(texts.get("admin.tariff.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("tariff-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        WriteGuard.guard(
                save,
                context.live(),
                model.busyProperty().or(model.previewedProperty().not()));
        Label current = new Label();
        current.setId("tariff-current");
        current.textProperty().bind(model.currentProperty());
        current.getStyleClass().add("panel-title");
        Label message = new Label();
        message.setId("tariff-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        TableView<JsonNode> table = JsonTable.table("tariff-preview-table", texts.get("admin.tariff.no_preview"));
        table.getColumns()
                .addAll(List.of(
                        column(
                                texts.get("admin.session.class"),
                                row -> texts.get(
                                        "vehicle." + row.path("vehicleType").asText())),
                        column(
                                texts.get("admin.tariff.stay"),
                                row -> row.path("lostTicket").asBoolean()
                                        ? texts.get(
                                                "admin.tariff.lost_stay",
                                                row.path("minutes").asInt())
                                        : texts.get(
                                                "duration",
                                                row.path("minutes").asInt() / 60,
                                                row.path("minutes").asInt() % 60)),
                        column(texts.get("admin.tariff.current_fee"), row -> JsonTable.money(row, "currentFee")),
                        column(texts.get("admin.tariff.proposed_fee"), row -> JsonTable.money(row, "proposedFee"))));
        table.setItems(model.previewRows());
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox actions = new HBox(10, new Label(texts.get("admin.tariff.start")), start, preview, save);
        root.getChildren().addAll(current, grid, actions, message, table);
        root.getStyleClass().add("admin-page");
    }

    public Node root() {
        return root;
    }
}
