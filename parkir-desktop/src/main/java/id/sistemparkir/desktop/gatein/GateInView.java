package id.sistemparkir.desktop.gatein;

import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.desktop.common.Photos;
import id.sistemparkir.desktop.common.QrImages;
import id.sistemparkir.desktop.common.RecentVehicles;
import id.sistemparkir.desktop.common.RecentVehiclesView;
import id.sistemparkir.desktop.common.Texts;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** ParkingIN's content: plate and class keys left, camera and ticket in the middle, live entries right. */
public final class GateInView {

    public static final String PLATE_ID = "plate-field";

    private final GateInViewModel model;
    private final Texts texts;
    private final HBox root;
    private final TextField plate = new TextField();

    public GateInView(GateInViewModel model, RecentVehicles recent, Texts texts) {
        this.model = model;
        this.texts = texts;
        this.root = new HBox(14, entryPanel(), resultPanel(), recentPanel(recent));
        root.getStyleClass().add("lane-content");
        root.setPadding(new javafx.geometry.Insets(14));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    public Node root() {
        return root;
    }

    public void focusPlate() {
        plate.requestFocus();
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case F1 -> model.enter(VehicleType.MOTOR);
            case F2 -> model.enter(VehicleType.MOBIL);
            case F3 -> model.enter(VehicleType.TRUK);
            case F4 -> model.nonStandardProperty()
                    .set(!model.nonStandardProperty().get());
            case ESCAPE -> model.clear();
            default -> {
                return;
            }
        }
        e.consume();
        plate.requestFocus();
    }

    private Node entryPanel() {
        Label title = new Label(texts.get("gatein.plate.title"));
        title.getStyleClass().add("panel-title");
        plate.setId(PLATE_ID);
        plate.getStyleClass().add("big-field");
        plate.setPromptText(texts.get("gatein.plate.prompt"));
        plate.textProperty().bindBidirectional(model.plateProperty());
        plate.disableProperty().bind(model.busyProperty());
        Label preview = new Label();
        preview.setId("plate-preview");
        preview.getStyleClass().add("plate-preview");
        preview.textProperty().bind(model.previewProperty());
        preview.setWrapText(true);
        model.previewProperty().addListener((obs, before, now) -> style(preview, model));
        model.plateOkProperty().addListener((obs, before, ok) -> style(preview, model));
        style(preview, model);
        Label inside = warning(model.insideWarningProperty());
        inside.setId("inside-warning");
        CheckBox nonStandard = new CheckBox(texts.get("gatein.non_standard"));
        nonStandard.setId("non-standard");
        nonStandard.selectedProperty().bindBidirectional(model.nonStandardProperty());
        nonStandard.setFocusTraversable(false);
        VBox classes = new VBox(10);
        for (VehicleType type : VehicleType.values()) {
            Button button =
                    new Button(texts.get("gatein.class_key", key(type), texts.vehicle(type)), new FontIcon(icon(type)));
            button.setId("class-" + type.name());
            button.getStyleClass().add("class-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.disableProperty()
                    .bind(model.busyProperty().or(model.plateOkProperty().not()));
            button.setOnAction(e -> {
                model.enter(type);
                plate.requestFocus();
            });
            button.setFocusTraversable(false);
            classes.getChildren().add(button);
        }
        Label error = new Label();
        error.setId("gatein-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        VBox panel = new VBox(10, title, plate, preview, inside, nonStandard, classes, error);
        panel.getStyleClass().add("panel");
        panel.setPrefWidth(340);
        return panel;
    }

    private Node resultPanel() {
        Label photoTitle = new Label(texts.get("gatein.camera"));
        photoTitle.getStyleClass().add("panel-title");
        ImageView photo = new ImageView();
        photo.setId("entry-photo");
        photo.setFitWidth(320);
        photo.setFitHeight(210);
        photo.setPreserveRatio(true);
        Label noPhoto = new Label(texts.get("gatein.camera.none"));
        StackPane frame = new StackPane(noPhoto, photo);
        frame.getStyleClass().add("photo-frame");
        model.photoProperty().addListener((obs, before, jpeg) -> {
            photo.setImage(Photos.of(jpeg).orElse(null));
            noPhoto.setVisible(photo.getImage() == null);
        });

        Label headline = new Label(texts.get("gatein.waiting"));
        headline.setId("ticket-headline");
        headline.getStyleClass().add("result-headline");
        headline.setWrapText(true);
        ImageView qr = new ImageView();
        qr.setId("ticket-qr");
        Label code = new Label();
        code.setId("ticket-code");
        code.getStyleClass().add("ticket-code");
        code.setWrapText(true);
        Label details = new Label();
        details.setId("ticket-details");
        details.setWrapText(true);
        Label warnings = new Label();
        warnings.setId("ticket-warnings");
        warnings.getStyleClass().add("warning-text");
        warnings.setWrapText(true);
        VBox ticket = new VBox(8, headline, new HBox(12, qr, new VBox(6, code, details)), warnings);
        ticket.getStyleClass().add("result-box");
        model.issuedProperty().addListener((obs, before, issued) -> {
            headline.setText(issued.headline());
            code.setText(issued.ticketCode());
            details.setText(issued.details());
            warnings.setText(String.join("\n", issued.warnings()));
            qr.setImage(QrImages.of(issued.ticketCode(), 150));
            ticket.getStyleClass().removeAll("result-ok", "result-offline");
            ticket.getStyleClass().add(issued.outcome().offline() ? "result-offline" : "result-ok");
        });
        Label ticketTitle = new Label(texts.get("gatein.ticket"));
        ticketTitle.getStyleClass().add("panel-title");
        VBox panel = new VBox(10, photoTitle, frame, ticketTitle, ticket);
        panel.getStyleClass().add("panel");
        panel.setPrefWidth(420);
        return panel;
    }

    private Node recentPanel(RecentVehicles recent) {
        VBox panel = RecentVehiclesView.of(
                recent, texts, texts.get("gatein.recent"), texts.get("recent.note"), "recent-entries");
        HBox.setHgrow(panel, Priority.ALWAYS);
        return panel;
    }

    private static Label warning(javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.getStyleClass().add("warning-text");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Green when valid, red when not, neutral while nothing is typed. */
    private static void style(Label preview, GateInViewModel model) {
        preview.getStyleClass().removeAll("field-ok", "field-error", "field-hint");
        boolean empty = model.plateProperty().get().isBlank();
        preview.getStyleClass()
                .add(empty ? "field-hint" : model.plateOkProperty().get() ? "field-ok" : "field-error");
    }

    static String key(VehicleType type) {
        return switch (type) {
            case MOTOR -> "F1";
            case MOBIL -> "F2";
            case TRUK -> "F3";
        };
    }

    private static String icon(VehicleType type) {
        return switch (type) {
            case MOTOR -> "mdi2m-motorbike";
            case MOBIL -> "mdi2c-car";
            case TRUK -> "mdi2t-truck";
        };
    }
}
