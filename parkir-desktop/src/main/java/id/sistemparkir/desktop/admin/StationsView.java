package id.sistemparkir.desktop.admin;

import static id.sistemparkir.desktop.admin.JsonTable.column;
import static id.sistemparkir.desktop.admin.JsonTable.text;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.desktop.common.Texts;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The stations tab (ADMIN): enrolled ticket stations with their keys; enroll, rotate, revoke (the revoke asks again in
 * a bar under the form before it is sent).
 */
public final class StationsView {

    private final VBox root = new VBox(8);

    public StationsView(StationsViewModel model, AdminContext context) {
        Texts texts = context.texts();
        TableView<JsonNode> table = JsonTable.table("stations-table", texts.get("admin.log.none"));
        table.getColumns()
                .addAll(List.of(
                        column(texts.get("admin.stations.code"), r -> text(r, "code")),
                        column(texts.get("admin.users.full_name"), r -> text(r, "name")),
                        column(texts.get("admin.settings.direction"), r -> text(r, "direction")),
                        column(texts.get("admin.session.gate"), r -> text(r, "gate")),
                        column(
                                texts.get("admin.stations.enrolled_at"),
                                r -> JsonTable.time(r, "enrolledAt", context.formats()) + " " + text(r, "enrolledBy")),
                        column(texts.get("admin.stations.keys"), r -> keys(r)),
                        column(
                                texts.get("admin.stations.revoked_at"),
                                r -> JsonTable.time(r, "revokedAt", context.formats()))));
        table.setItems(model.stations());
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> model.selectedProperty()
                .set(now));
        VBox.setVgrow(table, Priority.ALWAYS);
        TextArea key = new TextArea();
        key.setId("station-key");
        key.setPromptText(texts.get("admin.stations.key_prompt"));
        key.setPrefRowCount(2);
        key.setWrapText(true);
        key.textProperty().bindBidirectional(model.publicKeyProperty());
        FlowPane form = new FlowPane(
                8,
                8,
                Forms.field("station-code", texts.get("admin.stations.code"), model.codeProperty()),
                Forms.field("station-name", texts.get("admin.users.full_name"), model.nameProperty()),
                Forms.choice("station-direction", List.of("IN", "OUT"), model.directionProperty()),
                Forms.field("station-gate", texts.get("admin.session.gate"), model.gateProperty()),
                Forms.button("station-enroll", texts.get("admin.stations.enroll"), "mdi2k-key-plus", model::enroll),
                Forms.button("station-rotate", texts.get("admin.stations.rotate"), "mdi2k-key-change", model::rotate),
                Forms.field("station-reason", texts.get("admin.reason.prompt"), model.reasonProperty()),
                Forms.button(
                        "station-revoke", texts.get("admin.stations.revoke"), "mdi2k-key-remove", model::askRevoke));
        form.getChildren().forEach(control -> WriteGuard.guard(control, context.live(), model.busyProperty()));
        WriteGuard.guard(key, context.live(), model.busyProperty());
        root.getChildren()
                .addAll(
                        table,
                        new Label(texts.get("admin.stations.hint")),
                        key,
                        form,
                        confirmBar(model, context),
                        Forms.message("stations-message", model.messageProperty()));
        root.getStyleClass().add("admin-page");
    }

    private static HBox confirmBar(StationsViewModel model, AdminContext context) {
        Texts texts = context.texts();
        Label question = new Label();
        question.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.pendingRevokeProperty().get() == null
                                ? ""
                                : texts.get(
                                        "admin.stations.confirm",
                                        model.pendingRevokeProperty().get()),
                        model.pendingRevokeProperty()));
        HBox bar = new HBox(
                8,
                question,
                Forms.button(
                        "station-revoke-confirm",
                        texts.get("admin.stations.revoke_confirm"),
                        "mdi2k-key-remove",
                        model::confirmRevoke),
                Forms.button(
                        "station-revoke-cancel",
                        texts.get("admin.stations.cancel"),
                        "mdi2c-close",
                        model::cancelRevoke));
        bar.getStyleClass().add("clock-warning");
        bar.visibleProperty().bind(model.pendingRevokeProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        WriteGuard.guard(bar, context.live(), model.busyProperty());
        return bar;
    }

    /** Keys in service / all keys, e.g. {@code 1/2}. */
    private static String keys(JsonNode station) {
        List<JsonNode> all = JsonTable.rows(station.path("keys"));
        long inService = all.stream()
                .filter(k -> k.path("retiredAt").isNull() || k.path("retiredAt").isMissingNode())
                .filter(k -> k.path("revokedAt").isNull() || k.path("revokedAt").isMissingNode())
                .count();
        return inService + "/" + all.size();
    }

    public Node root() {
        return root;
    }
}
