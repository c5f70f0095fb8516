package id.sistemparkir.desktop.common;

import java.time.Clock;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The bottom line of a lane window: station, operator, shift, the keyboard hints, and the time. */
public final class StatusBar extends HBox {

    private final StringProperty shift = new SimpleStringProperty("-");
    private final Label time = new Label();
    private final Timeline ticking;

    public StatusBar(Texts texts, Formats formats, Clock clock, String station, String operator, String hints) {
        getStyleClass().add("status-bar");
        Label stationLabel = new Label(texts.get("status.station", station));
        Label operatorLabel = new Label(texts.get("status.operator", operator));
        Label shiftLabel = new Label();
        shiftLabel.setId("status-shift");
        shiftLabel.textProperty().bind(shift);
        Label hintsLabel = new Label(hints);
        hintsLabel.getStyleClass().add("key-hints");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        time.setId("status-time");
        getChildren().addAll(stationLabel, operatorLabel, shiftLabel, spacer, hintsLabel, time);
        Runnable tick = () -> time.setText(formats.clock(clock.instant()));
        tick.run();
        ticking = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick.run()));
        ticking.setCycleCount(Timeline.INDEFINITE);
        ticking.play();
    }

    public StringProperty shiftProperty() {
        return shift;
    }

    public void stop() {
        ticking.stop();
    }
}
