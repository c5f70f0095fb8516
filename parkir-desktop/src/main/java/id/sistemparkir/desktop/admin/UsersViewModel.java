package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Users and operators (ADMIN): create one, and for the selected one change the role, disable or enable it, reset its
 * password (a reset or a deactivation ends that user's sessions on the server). Passwords stay in memory only.
 */
public final class UsersViewModel {

    private final AdminContext context;
    private final ObservableList<JsonNode> users = FXCollections.observableArrayList();
    private final ObjectProperty<JsonNode> selected = new SimpleObjectProperty<>();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("OPERATOR");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public UsersViewModel(AdminContext context) {
        this.context = context;
    }

    public void refresh() {
        context.tasks()
                .submit(
                        "users",
                        () -> JsonTable.rows(context.calls().call(api -> api.users())),
                        users::setAll,
                        failure -> message.set(context.problem(failure)));
    }

    /** Creates the user of the form (username, name, role, password). */
    public void create() {
        String name = username.get().strip();
        String secret = password.get();
        String full = fullName.get().isBlank() ? null : fullName.get().strip();
        String chosenRole = role.get();
        change(
                "user-create",
                () -> context.calls().call(api -> api.createUser(name, secret, chosenRole, full)),
                "admin.users.created",
                name);
    }

    /** Gives the selected user the role of the form. */
    public void changeRole() {
        update(Map.of("role", role.get()), "admin.users.role_changed");
    }

    public void setActive(boolean active) {
        update(Map.of("active", active), active ? "admin.users.enabled" : "admin.users.disabled");
    }

    /** Resets the selected user's password to the form's. */
    public void resetPassword() {
        update(Map.of("password", password.get()), "admin.users.password_reset");
    }

    private void update(Map<String, ?> changes, String doneKey) {
        JsonNode user = selected.get();
        if (user == null) {
            message.set(context.texts().get("admin.reviews.select"));
            return;
        }
        String name = user.path("username").asText();
        change("user-update", () -> context.calls().call(api -> api.updateUser(name, changes)), doneKey, name);
    }

    private void change(String task, Callable<JsonNode> call, String doneKey, String name) {
        context.change(task, call, busy, message, done -> {
            password.set("");
            message.set(context.texts().get(doneKey, name));
            refresh();
        });
    }

    public ObservableList<JsonNode> users() {
        return users;
    }

    public ObjectProperty<JsonNode> selectedProperty() {
        return selected;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
