package id.sistemparkir.desktop.menu;

import id.sistemparkir.desktop.lane.DesktopOptions;
import id.sistemparkir.desktop.lane.LaneApp;
import id.sistemparkir.desktop.lane.LaneShell;
import javafx.stage.Stage;

/** A menu tile that opens a lane window (ParkingIN, ParkingOut) in this process, each with its own station data. */
public final class LaneMenuEntry implements MenuEntry {

    private final LaneApp app;
    private final DesktopOptions options;
    private final String titleKey;
    private final String descriptionKey;
    private final String icon;

    public LaneMenuEntry(LaneApp app, DesktopOptions options, String titleKey, String descriptionKey, String icon) {
        this.app = app;
        this.options = options;
        this.titleKey = titleKey;
        this.descriptionKey = descriptionKey;
        this.icon = icon;
    }

    @Override
    public String id() {
        return app.app().toLowerCase();
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public String descriptionKey() {
        return descriptionKey;
    }

    @Override
    public String icon() {
        return icon;
    }

    @Override
    public void open(Stage owner) {
        String station = app.defaultStation();
        LaneShell.open(app, options.forStation(station, options.dataRoot().resolve(station)), new Stage());
    }
}
