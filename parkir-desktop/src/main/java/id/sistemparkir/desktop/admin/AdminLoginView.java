package id.sistemparkir.desktop.admin;

import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.desktop.common.Texts;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** SimpleParkingAdmin's login form; binds to {@link AdminLoginViewModel}. Node ids as the lanes' form has them. */
public final class AdminLoginView {

    private final VBox form = new VBox();
    private final Label title = new Label("", new FontIcon("mdi2s-shield-account-outline"));
    private final Label[] labels = {new Label(), new Label(), new Label(), new Label()};
    private final Button submit = new Button("", new FontIcon("mdi2l-login"));

    public AdminLoginView(AdminLoginViewModel model) {
        TextField server = new TextField();
        server.setId("login-server");
        server.setPrefColumnCount(24);
        server.textProperty().bindBidirectional(model.serverUrlProperty());
        TextField user = new TextField();
        user.setId("login-user");
        user.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
        language.setId("login-language");
        language.valueProperty().bindBidirectional(model.languageProperty());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language value) {
                return value == Language.EN ? "English" : "Bahasa Indonesia";
            }

            @Override
            public Language fromString(String text) {
                return Language.parse(text).orElse(Language.ID);
            }
        });
        submit.setId("login-submit");
        submit.setDefaultButton(true);
        submit.disableProperty().bind(model.canLogin().not());
        submit.setOnAction(e -> model.login());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busyProperty());
        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        javafx.scene.Node[] fields = {server, user, password, language};
        for (int row = 0; row < fields.length; row++) {
            grid.addRow(row, labels[row], fields[row]);
        }
        title.getStyleClass().add("window-title");
        form.getChildren().addAll(title, grid, new HBox(10, submit, busy), error);
        form.getStyleClass().add("panel");
        form.setMaxWidth(520);
        relabel(model.textsProperty().get());
        model.textsProperty().addListener((obs, before, now) -> relabel(now));
    }

    private void relabel(Texts texts) {
        title.setText(texts.get("admin.login.title"));
        String[] keys = {"login.server", "login.user", "login.password", "login.language"};
        for (int i = 0; i < keys.length; i++) {
            labels[i].setText(texts.get(keys[i]));
        }
        submit.setText(texts.get("login.submit"));
    }

    public Parent root() {
        VBox backdrop = new VBox(form);
        backdrop.getStyleClass().add("login-backdrop");
        backdrop.setFillWidth(false);
        backdrop.setAlignment(Pos.CENTER);
        return backdrop;
    }
}
