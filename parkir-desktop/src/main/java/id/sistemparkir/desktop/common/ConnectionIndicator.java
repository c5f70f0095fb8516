package id.sistemparkir.desktop.common;

import id.sistemparkir.client.connection.ConnectionState;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The connection indicator of every window's top-right corner (DESIGN §8): grey "Memeriksa Koneksi", green "Database
 * Terhubung", red "Database Terputus". Colours come from the style classes {@code indicator-checking|connected|
 * disconnected} in {@code parkir.css}.
 */
public final class ConnectionIndicator extends Label {

    public static final String ID = "connection-indicator";

    public ConnectionIndicator(LaneStatusViewModel model) {
        setId(ID);
        getStyleClass().add("connection-indicator");
        FontIcon dot = new FontIcon("mdi2c-circle");
        dot.getStyleClass().add("indicator-dot");
        setGraphic(dot);
        textProperty().bind(model.indicatorTextProperty());
        Tooltip tooltip = new Tooltip();
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setOnShowing(e -> tooltip.setText(model.tooltip()));
        setTooltip(tooltip);
        show(model.stateProperty().get());
        model.stateProperty().addListener((obs, before, now) -> show(now));
    }

    private void show(ConnectionState state) {
        getStyleClass().removeAll("indicator-checking", "indicator-connected", "indicator-disconnected");
        getStyleClass().add("indicator-" + state.name().toLowerCase(java.util.Locale.ROOT));
    }
}
