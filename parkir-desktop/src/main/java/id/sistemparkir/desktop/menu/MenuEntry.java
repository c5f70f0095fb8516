package id.sistemparkir.desktop.menu;

import java.util.Optional;
import javafx.stage.Stage;

/**
 * One tile of the main menu. Entries are given to the menu by the wiring (parkir-app), so another window — e.g.
 * SimpleParkingAdmin — is added by adding an entry, without touching the menu.
 */
public interface MenuEntry {

    /** A stable id, also the tile's node id ({@code menu-<id>}). */
    String id();

    /** Bundle key of the tile's title. */
    String titleKey();

    /** Bundle key of the one-line description. */
    String descriptionKey();

    /** Ikonli icon literal. */
    String icon();

    /** Present when the entry cannot be opened yet: the bundle key of why (the tile is shown, disabled). */
    default Optional<String> unavailableKey() {
        return Optional.empty();
    }

    /** Opens the window (on the FX thread); {@code owner} is the menu's stage. */
    void open(Stage owner);
}
