package id.sistemparkir.desktop.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The frame of every lane window: title and menu, the connection indicator in the top-right corner, the offline banner
 * and clock warning under it, the window's own content, the status bar at the bottom.
 */
public final class LaneWindow {

    private LaneWindow() {}

    public static Parent frame(
            String title, String icon, LaneStatusViewModel status, Menu menu, Node content, StatusBar statusBar) {
        Label titleLabel = new Label(title, new FontIcon(icon));
        titleLabel.getStyleClass().add("window-title");
        MenuBar menuBar = new MenuBar(menu);
        menuBar.getStyleClass().add("lane-menu");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(titleLabel, menuBar, spacer, new ConnectionIndicator(status));
        header.getStyleClass().add("window-header");
        VBox top = new VBox(header, new OfflineBanner(status), OfflineBanner.clockWarning(status));
        BorderPane root = new BorderPane(content);
        root.setTop(top);
        root.setBottom(statusBar);
        root.getStyleClass().add("lane-window");
        return root;
    }

    /** A menu from its items (with their accelerators shown by the menu itself). */
    public static Menu menu(String text, List<MenuItem> items) {
        Menu menu = new Menu(text);
        menu.getItems().addAll(items);
        return menu;
    }
}
