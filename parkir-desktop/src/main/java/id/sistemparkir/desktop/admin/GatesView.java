package id.sistemparkir.desktop.admin;

import static id.sistemparkir.desktop.admin.JsonTable.column;
import static id.sistemparkir.desktop.admin.JsonTable.text;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.desktop.common.Texts;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The gates part of the gates tab: the list, the form, create and save. */
final class GatesView {

    private final VBox root = new VBox(8);

    GatesView(GatesViewModel model, AdminContext context) {
        Texts texts = context.texts();
        TableView<JsonNode> table = JsonTable.table("gates-table", texts.get("admin.log.none"));
        table.getColumns()
                .addAll(List.of(
                        column(texts.get("admin.session.gate"), r -> text(r, "code")),
                        column(texts.get("admin.users.full_name"), r -> text(r, "name")),
                        column(texts.get("admin.settings.direction"), r -> text(r, "direction")),
                        column(texts.get("admin.session.status"), r -> active(texts, r))));
        table.setItems(model.gates());
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> model.selectedProperty()
                .set(now));
        VBox.setVgrow(table, Priority.ALWAYS);
        FlowPane form = new FlowPane(
                8,
                8,
                Forms.field("gate-code", texts.get("admin.gates.code"), model.codeProperty()),
                Forms.field("gate-name", texts.get("admin.users.full_name"), model.nameProperty()),
                Forms.choice("gate-direction", List.of("IN", "OUT"), model.directionProperty()),
                Forms.check("gate-active", texts.get("admin.users.active"), model.activeProperty()),
                Forms.button("gate-create", texts.get("admin.gates.create"), "mdi2p-plus", model::create),
                Forms.button(
                        "gate-save",
                        texts.get("admin.edit.save_selected"),
                        "mdi2c-content-save-outline",
                        model::saveSelected));
        form.getChildren().forEach(control -> WriteGuard.guard(control, context.live(), model.busyProperty()));
        root.getChildren()
                .addAll(
                        Forms.title(texts.get("admin.settings.gates")),
                        table,
                        form,
                        Forms.message("gates-message", model.messageProperty()));
    }

    static String active(Texts texts, JsonNode row) {
        return texts.get(row.path("active").asBoolean() ? "admin.users.active" : "admin.users.inactive");
    }

    Node root() {
        return root;
    }
}
