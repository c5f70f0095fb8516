package id.sistemparkir.desktop.menu;

import java.util.Optional;
import javafx.stage.Stage;

/** A tile for a window that is not built yet: shown, disabled, with the reason. No fake window. */
public record UnavailableEntry(String id, String titleKey, String descriptionKey, String icon, String reasonKey)
        implements MenuEntry {

    @Override
    public Optional<String> unavailableKey() {
        return Optional.of(reasonKey);
    }

    @Override
    public void open(Stage owner) {
        throw new IllegalStateException(id + " is not available yet");
    }
}
