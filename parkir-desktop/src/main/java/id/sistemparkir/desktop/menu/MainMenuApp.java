package id.sistemparkir.desktop.menu;

import id.sistemparkir.desktop.admin.AdminMenuEntry;
import id.sistemparkir.desktop.common.FxTasks;
import id.sistemparkir.desktop.common.Texts;
import id.sistemparkir.desktop.common.Theme;
import id.sistemparkir.desktop.gatein.ParkingInApp;
import id.sistemparkir.desktop.gateout.ParkingOutApp;
import id.sistemparkir.desktop.lane.DesktopOptions;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The main menu's wiring: the server panel over the given {@link ServerControl}, the ParkingIN and ParkingOut tiles,
 * SimpleParkingAdmin, and whatever more entries the caller adds. Closing the menu stops the server
 * and closes every window it opened.
 */
public final class MainMenuApp {

    private MainMenuApp() {}

    /** The standard entries: the two lanes and SimpleParkingAdmin. */
    public static List<MenuEntry> standardEntries(DesktopOptions options) {
        List<MenuEntry> entries = new ArrayList<>();
        entries.add(new LaneMenuEntry(
                ParkingInApp.app(),
                options,
                "menu.parkingin",
                "menu.parkingin.description",
                "mdi2a-arrow-right-bold-box-outline"));
        entries.add(new LaneMenuEntry(
                ParkingOutApp.app(),
                options,
                "menu.parkingout",
                "menu.parkingout.description",
                "mdi2a-arrow-left-bold-box-outline"));
        entries.add(new AdminMenuEntry(options));
        return entries;
    }

    /** Shows the menu in {@code stage} (on the FX thread). */
    public static void open(Stage stage, DesktopOptions options, ServerControl server, List<MenuEntry> entries) {
        Texts texts = Texts.load(options.language());
        FxTasks tasks = new FxTasks("menu", 2);
        ServerPanelViewModel panel = new ServerPanelViewModel(server, tasks, texts);
        MainMenuView view = new MainMenuView(panel, entries, texts, stage);
        stage.setTitle(texts.get("menu.main.title"));
        stage.setScene(Theme.style(new Scene(view.root(), 1100, 720)));
        stage.setOnHidden(e -> {
            view.stop();
            Thread stopper = new Thread(
                    () -> {
                        server.stop();
                        tasks.close();
                    },
                    "menu-stop-server");
            stopper.start();
            // Every lane window opened from the menu goes with it.
            for (javafx.stage.Window window : List.copyOf(javafx.stage.Window.getWindows())) {
                if (window != stage && window instanceof Stage other) {
                    Platform.runLater(other::close);
                }
            }
        });
        stage.show();
    }
}
