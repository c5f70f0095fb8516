package id.sistemparkir.desktop.admin;

import static id.sistemparkir.desktop.admin.JsonTable.column;
import static id.sistemparkir.desktop.admin.JsonTable.text;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.desktop.common.Texts;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The settings tab (ADMIN): settings and capacity per class (PUT /api/v1/capacity), backups with "Backup now". */
public final class SettingsView {

    private final HBox root = new HBox(12);

    public SettingsView(SettingsViewModel model, AdminContext context) {
        Texts texts = context.texts();
        GridPane grid = DashboardView.grid();
        int row = 0;
        grid.addRow(
                row++,
                new Label(texts.get("admin.settings.timeZone")),
                field("settings-timeZone", model.timeZoneProperty(), context));
        for (String name : SettingsViewModel.NUMBERS) {
            grid.addRow(
                    row++,
                    new Label(texts.get("admin.settings." + name)),
                    field("settings-" + name, model.number(name), context));
        }
        for (VehicleType type : VehicleType.values()) {
            grid.addRow(
                    row++,
                    new Label(texts.get("admin.settings.capacity", texts.vehicle(type))),
                    field("settings-capacity-" + type.name(), model.capacity(type), context));
        }
        Button save = new Button(texts.get("admin.settings.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("settings-save");
        save.setOnAction(e -> model.save());
        WriteGuard.guard(save, context.live(), model.busyProperty());
        Button backup =
                new Button(texts.get("admin.settings.backup_now"), new FontIcon("mdi2d-database-export-outline"));
        backup.setId("settings-backup");
        backup.setOnAction(e -> model.backupNow());
        WriteGuard.guard(backup, context.live(), model.busyProperty());
        Label message = new Label();
        message.setId("settings-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        TableView<JsonNode> backups = JsonTable.table("settings-backups", texts.get("admin.settings.no_backups"));
        backups.getColumns()
                .addAll(List.of(
                        column(texts.get("admin.settings.backup_file"), r -> text(r, "name")),
                        column(texts.get("admin.reviews.at"), r -> JsonTable.time(r, "createdAt", context.formats())),
                        column(texts.get("admin.settings.size"), r -> text(r, "sizeBytes"))));
        backups.setItems(model.backups());
        VBox left = new VBox(10, grid, new HBox(8, save, backup), message, backups);
        root.getChildren().addAll(left);
        root.getStyleClass().add("admin-page");
    }

    private static TextField field(String id, StringProperty value, AdminContext context) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(14);
        field.textProperty().bindBidirectional(value);
        WriteGuard.guard(field, context.live());
        return field;
    }

    public Node root() {
        return root;
    }
}
