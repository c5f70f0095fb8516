package id.sistemparkir.desktop.menu;

import id.sistemparkir.desktop.common.Texts;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main menu (`parkir` with no argument): the Server tile and panel, then one tile per window entry. */
public final class MainMenuView {

    private final BorderPane root = new BorderPane();
    private final Timeline polling;

    public MainMenuView(ServerPanelViewModel server, List<MenuEntry> entries, Texts texts, Stage stage) {
        Label title = new Label(texts.get("menu.main.title"), new FontIcon("mdi2p-parking"));
        title.getStyleClass().add("window-title");
        Label subtitle = new Label(texts.get("menu.main.subtitle"));
        VBox header = new VBox(4, title, subtitle);
        header.getStyleClass().add("window-header");

        FlowPane tiles = new FlowPane(14, 14);
        tiles.setPadding(new Insets(16));
        Button serverTile =
                tile("server", texts.get("menu.server"), texts.get("menu.server.description"), "mdi2s-server");
        serverTile.setOnAction(e -> server.start());
        serverTile.disableProperty().bind(server.runningProperty().or(server.busyProperty()));
        tiles.getChildren().add(serverTile);
        for (MenuEntry entry : entries) {
            Button button =
                    tile(entry.id(), texts.get(entry.titleKey()), texts.get(entry.descriptionKey()), entry.icon());
            entry.unavailableKey()
                    .ifPresentOrElse(
                            why -> {
                                button.setDisable(true);
                                Label note = new Label(texts.get(why));
                                note.getStyleClass().add("warning-text");
                                button.setText(button.getText() + "\n" + texts.get(why));
                            },
                            () -> button.setOnAction(e -> entry.open(stage)));
            tiles.getChildren().add(button);
        }
        root.setTop(header);
        root.setCenter(new VBox(tiles, serverPanel(server, texts)));
        polling = new Timeline(new KeyFrame(Duration.seconds(3), e -> server.refreshStations()));
        polling.setCycleCount(Timeline.INDEFINITE);
        polling.play();
    }

    private static Button tile(String id, String title, String description, String icon) {
        Button button = new Button(title + "\n" + description, new FontIcon(icon));
        button.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        button.setId("menu-" + id);
        button.getStyleClass().add("menu-tile");
        button.setWrapText(true);
        button.setTooltip(new Tooltip(description));
        return button;
    }

    private static VBox serverPanel(ServerPanelViewModel server, Texts texts) {
        Label heading = new Label(texts.get("server.title"));
        heading.getStyleClass().add("panel-title");
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        grid.addRow(0, new Label(texts.get("server.status")), value("server-status", server.statusProperty()));
        grid.addRow(1, new Label(texts.get("server.url")), value("server-url", server.urlProperty()));
        grid.addRow(2, new Label(texts.get("server.database")), value("server-database", server.databaseProperty()));
        Label password = value("server-admin-password", server.adminPasswordProperty());
        password.getStyleClass().add("admin-password");
        Label passwordLabel = new Label(texts.get("server.admin_password"));
        passwordLabel.visibleProperty().bind(server.adminPasswordProperty().isNotEmpty());
        password.visibleProperty().bind(passwordLabel.visibleProperty());
        Label passwordHint = new Label(texts.get("server.admin_password.hint"));
        passwordHint.visibleProperty().bind(passwordLabel.visibleProperty());
        grid.addRow(3, passwordLabel, new VBox(4, password, passwordHint));
        ListView<String> stations = new ListView<>(server.stations());
        stations.setId("server-stations");
        stations.setPrefHeight(110);
        stations.setPlaceholder(new Label(texts.get("server.no_stations")));
        Button stop = new Button(texts.get("server.stop"), new FontIcon("mdi2s-stop-circle-outline"));
        stop.setId("server-stop");
        stop.disableProperty().bind(server.runningProperty().not().or(server.busyProperty()));
        stop.setOnAction(e -> server.stop());
        VBox panel = new VBox(10, heading, grid, new Label(texts.get("server.stations")), stations, new HBox(stop));
        panel.getStyleClass().addAll("panel", "server-panel");
        VBox.setMargin(panel, new Insets(0, 16, 16, 16));
        return panel;
    }

    private static Label value(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("value");
        label.textProperty().bind(text);
        return label;
    }

    public Parent root() {
        return root;
    }

    public void stop() {
        polling.stop();
    }
}
