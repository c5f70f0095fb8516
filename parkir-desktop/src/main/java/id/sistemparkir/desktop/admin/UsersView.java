package id.sistemparkir.desktop.admin;

import static id.sistemparkir.desktop.admin.JsonTable.column;
import static id.sistemparkir.desktop.admin.JsonTable.text;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.desktop.common.Texts;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The users tab (ADMIN): the list, a form, and the actions on the selected user. */
public final class UsersView {

    private final VBox root = new VBox(10);

    public UsersView(UsersViewModel model, AdminContext context) {
        Texts texts = context.texts();
        TableView<JsonNode> table = JsonTable.table("users-table", texts.get("admin.log.none"));
        table.getColumns()
                .addAll(List.of(
                        column(texts.get("login.user"), row -> text(row, "username")),
                        column(texts.get("admin.users.full_name"), row -> text(row, "fullName")),
                        column(texts.get("admin.users.role"), row -> text(row, "role")),
                        column(
                                texts.get("admin.session.status"),
                                row -> texts.get(
                                        row.path("active").asBoolean()
                                                ? "admin.users.active"
                                                : "admin.users.inactive")),
                        column(
                                texts.get("admin.users.updated"),
                                row -> JsonTable.time(row, "updatedAt", context.formats()))));
        table.setItems(model.users());
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> model.selectedProperty()
                .set(now));
        VBox.setVgrow(table, Priority.ALWAYS);
        TextField username = new TextField();
        username.setPromptText(texts.get("login.user"));
        username.textProperty().bindBidirectional(model.usernameProperty());
        TextField fullName = new TextField();
        fullName.setPromptText(texts.get("admin.users.full_name"));
        fullName.textProperty().bindBidirectional(model.fullNameProperty());
        ComboBox<String> role = new ComboBox<>(FXCollections.observableArrayList("OPERATOR", "SUPERVISOR", "ADMIN"));
        role.valueProperty().bindBidirectional(model.roleProperty());
        PasswordField password = new PasswordField();
        password.setPromptText(texts.get("login.password"));
        password.textProperty().bindBidirectional(model.passwordProperty());
        Button create = button(texts.get("admin.users.create"), "mdi2a-account-plus-outline", model::create);
        Button changeRole =
                button(texts.get("admin.users.change_role"), "mdi2a-account-convert-outline", model::changeRole);
        Button disable =
                button(texts.get("admin.users.disable"), "mdi2a-account-off-outline", () -> model.setActive(false));
        Button enable =
                button(texts.get("admin.users.enable"), "mdi2a-account-check-outline", () -> model.setActive(true));
        Button reset = button(texts.get("admin.users.reset"), "mdi2l-lock-reset", model::resetPassword);
        FlowPane form =
                new FlowPane(8, 8, username, fullName, role, password, create, changeRole, disable, enable, reset);
        for (Node control : form.getChildren()) {
            WriteGuard.guard(control, context.live(), model.busyProperty());
        }
        Label message = new Label();
        message.setId("users-message");
        message.textProperty().bind(model.messageProperty());
        root.getChildren().addAll(table, new Label(texts.get("admin.users.hint")), form, message);
        root.getStyleClass().add("admin-page");
    }

    private static Button button(String text, String icon, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setOnAction(e -> action.run());
        return button;
    }

    public Node root() {
        return root;
    }
}
