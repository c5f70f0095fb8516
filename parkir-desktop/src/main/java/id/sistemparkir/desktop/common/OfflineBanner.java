package id.sistemparkir.desktop.common;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The calm offline banner under the title: the lane works offline and how many records wait. Never a modal — the lane
 * goes on serving cars. A second line warns when this PC's clock is off the server's.
 */
public final class OfflineBanner extends HBox {

    public static final String ID = "offline-banner";

    public OfflineBanner(LaneStatusViewModel model) {
        setId(ID);
        getStyleClass().add("offline-banner");
        FontIcon icon = new FontIcon("mdi2c-cloud-off-outline");
        Label text = new Label();
        text.setId("offline-banner-text");
        text.textProperty().bind(model.bannerTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(icon, text);
        visibleProperty().bind(model.offlineProperty());
        managedProperty().bind(visibleProperty());
    }

    /** The clock warning: a separate strip, shown only while the skew is too large. */
    public static HBox clockWarning(LaneStatusViewModel model) {
        Label text = new Label();
        text.setId("clock-warning-text");
        text.textProperty().bind(model.clockWarningProperty());
        HBox box = new HBox(new FontIcon("mdi2c-clock-alert-outline"), text);
        box.getStyleClass().add("clock-warning");
        box.visibleProperty().bind(model.clockWarningVisibleProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
