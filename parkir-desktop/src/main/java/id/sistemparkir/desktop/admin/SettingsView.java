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
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The settings tab (ADMIN): settings and capacity, backups with "Backup now", gates and members. */
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
        TableView<JsonNode> gates = JsonTable.table("settings-gates", texts.get("admin.log.none"));
        gates.getColumns()
                .addAll(List.of(
                        column(texts.get("admin.session.gate"), r -> text(r, "code")),
                        column(texts.get("admin.users.full_name"), r -> text(r, "name")),
                        column(texts.get("admin.settings.direction"), r -> text(r, "direction")),
                        column(
                                texts.get("admin.session.status"),
                                r -> texts.get(
                                        r.path("active").asBoolean()
                                                ? "admin.users.active"
                                                : "admin.users.inactive"))));
        gates.setItems(model.gates());
        TableView<JsonNode> members = JsonTable.table("settings-members", texts.get("admin.log.none"));
        members.getColumns()
                .addAll(List.of(
                        column(texts.get("admin.settings.card"), r -> text(r, "cardNumber")),
                        column(texts.get("admin.users.full_name"), r -> text(r, "name")),
                        column(texts.get("admin.session.plate"), r -> text(r, "plateDisplay")),
                        column(texts.get("admin.session.class"), r -> text(r, "vehicleType")),
                        column(
                                texts.get("admin.settings.valid"),
                                r -> text(r, "validFrom") + " – " + text(r, "validUntil")),
                        column(texts.get("admin.settings.discount"), r -> text(r, "discountPercent") + "%")));
        members.setItems(model.members());
        VBox right = new VBox(
                8, title(texts, "admin.settings.gates"), gates, title(texts, "admin.settings.members"), members);
        HBox.setHgrow(right, Priority.ALWAYS);
        root.getChildren().addAll(left, right);
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

    private static Label title(Texts texts, String key) {
        Label label = new Label(texts.get(key));
        label.getStyleClass().add("panel-title");
        return label;
    }

    public Node root() {
        return root;
    }
}
