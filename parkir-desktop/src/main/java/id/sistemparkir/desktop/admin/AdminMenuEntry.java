package id.sistemparkir.desktop.admin;

import id.sistemparkir.desktop.lane.DesktopOptions;
import id.sistemparkir.desktop.menu.MenuEntry;
import javafx.stage.Stage;

/** The main menu's SimpleParkingAdmin tile: the admin window in this process, with its own data folder. */
public record AdminMenuEntry(DesktopOptions options) implements MenuEntry {

    @Override
    public String id() {
        return "admin";
    }

    @Override
    public String titleKey() {
        return "menu.admin";
    }

    @Override
    public String descriptionKey() {
        return "menu.admin.description";
    }

    @Override
    public String icon() {
        return "mdi2v-view-dashboard-outline";
    }

    @Override
    public void open(Stage owner) {
        AdminShell.open(
                options.forStation(AdminShell.STATION, options.dataRoot().resolve(AdminShell.STATION)), new Stage());
    }
}
