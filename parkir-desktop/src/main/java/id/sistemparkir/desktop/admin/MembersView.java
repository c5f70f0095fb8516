package id.sistemparkir.desktop.admin;

import static id.sistemparkir.desktop.admin.JsonTable.column;
import static id.sistemparkir.desktop.admin.JsonTable.text;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.desktop.common.Texts;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The members part of the gates tab: season passes listed, the form, create and save. */
final class MembersView {

    private final VBox root = new VBox(8);

    MembersView(MembersViewModel model, AdminContext context) {
        Texts texts = context.texts();
        TableView<JsonNode> table = JsonTable.table("members-table", texts.get("admin.log.none"));
        table.getColumns()
                .addAll(List.of(
                        column(texts.get("admin.settings.card"), r -> text(r, "cardNumber")),
                        column(texts.get("admin.users.full_name"), r -> text(r, "name")),
                        column(texts.get("admin.session.plate"), r -> text(r, "plateDisplay")),
                        column(texts.get("admin.session.class"), r -> text(r, "vehicleType")),
                        column(
                                texts.get("admin.settings.valid"),
                                r -> day(r, "validFrom", context) + " – " + day(r, "validUntil", context)),
                        column(texts.get("admin.settings.discount"), r -> text(r, "discountPercent") + "%"),
                        column(texts.get("admin.session.status"), r -> GatesView.active(texts, r))));
        table.setItems(model.members());
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> model.selectedProperty()
                .set(now));
        VBox.setVgrow(table, Priority.ALWAYS);
        FlowPane form = new FlowPane(
                8,
                8,
                Forms.field("member-card", texts.get("admin.settings.card"), model.cardProperty()),
                Forms.field("member-name", texts.get("admin.users.full_name"), model.nameProperty()),
                Forms.field("member-plate", texts.get("admin.session.plate"), model.plateProperty()),
                Forms.choice("member-class", List.of("MOTOR", "MOBIL", "TRUK"), model.vehicleTypeProperty()),
                Forms.date("member-from", texts.get("admin.members.from"), model.validFromProperty()),
                Forms.date("member-until", texts.get("admin.members.until"), model.validUntilProperty()),
                Forms.field("member-discount", texts.get("admin.settings.discount"), model.discountProperty()),
                Forms.check("member-active", texts.get("admin.users.active"), model.activeProperty()),
                Forms.button(
                        "member-create", texts.get("admin.members.create"), "mdi2c-card-plus-outline", model::create),
                Forms.button(
                        "member-save",
                        texts.get("admin.edit.save_selected"),
                        "mdi2c-content-save-outline",
                        model::saveSelected));
        form.getChildren().forEach(control -> WriteGuard.guard(control, context.live(), model.busyProperty()));
        root.getChildren()
                .addAll(
                        Forms.title(texts.get("admin.settings.members")),
                        table,
                        form,
                        Forms.message("members-message", model.messageProperty()));
    }

    private static String day(JsonNode row, String field, AdminContext context) {
        String value = row.path(field).asText("");
        return value.isEmpty()
                ? "-"
                : Instant.parse(value)
                        .atZone(context.formats().zone())
                        .toLocalDate()
                        .toString();
    }

    Node root() {
        return root;
    }
}
