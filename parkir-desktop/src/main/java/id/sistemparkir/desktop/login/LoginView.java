package id.sistemparkir.desktop.login;

import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.desktop.common.Texts;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The one login form of every window (lanes and SimpleParkingAdmin): binds to a {@link LoginForm}; its buttons call
 * the window's {@link LoginActions}. Node ids {@code login-*}.
 */
public final class LoginView {

    private final LoginActions actions;
    private final VBox root = new VBox();
    private final Label title = new Label();
    private final Label serverLabel = new Label();
    private final Label userLabel = new Label();
    private final Label passwordLabel = new Label();
    private final Label languageLabel = new Label();
    private final Button login = new Button();
    private final Button offline = new Button();

    public LoginView(LoginActions actions) {
        this.actions = actions;
        LoginForm model = actions.form();
        TextField server = new TextField();
        server.setId("login-server");
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

        login.setId("login-submit");
        login.setDefaultButton(true);
        login.setGraphic(new FontIcon("mdi2l-login"));
        login.disableProperty().bind(model.canLogin().not());
        login.setOnAction(e -> actions.login());
        offline.setId("login-offline");
        offline.setGraphic(new FontIcon("mdi2c-cloud-off-outline"));
        offline.visibleProperty().bind(model.offlinePossibleProperty());
        offline.managedProperty().bind(offline.visibleProperty());
        offline.setOnAction(e -> actions.workOffline());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busyProperty());

        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, serverLabel, server);
        form.addRow(1, userLabel, user);
        form.addRow(2, passwordLabel, password);
        form.addRow(3, languageLabel, language);
        server.setPrefColumnCount(24);

        title.getStyleClass().add("window-title");
        title.setGraphic(new FontIcon(model.icon()));
        HBox buttons = new HBox(10, login, offline, busy);
        root.getChildren().addAll(title, form, buttons, error);
        root.getStyleClass().add("panel");
        root.setMaxWidth(520);
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                actions.cancel();
            }
        });
        relabel(model.textsProperty().get());
        model.textsProperty().addListener((obs, before, now) -> relabel(now));
        (user.getText().isBlank() ? user : password).sceneProperty().addListener((obs, before, scene) -> {
            if (scene != null) {
                (user.getText().isBlank() ? user : password).requestFocus();
            }
        });
    }

    private void relabel(Texts texts) {
        title.setText(actions.form().title());
        serverLabel.setText(texts.get("login.server"));
        userLabel.setText(texts.get("login.user"));
        passwordLabel.setText(texts.get("login.password"));
        languageLabel.setText(texts.get("login.language"));
        login.setText(texts.get("login.submit"));
        offline.setText(texts.get("login.work_offline"));
    }

    public Parent root() {
        VBox centred = new VBox(root);
        centred.getStyleClass().add("login-backdrop");
        centred.setFillWidth(false);
        centred.setAlignment(javafx.geometry.Pos.CENTER);
        return centred;
    }
}
