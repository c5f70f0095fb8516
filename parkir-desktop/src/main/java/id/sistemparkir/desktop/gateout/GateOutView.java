package id.sistemparkir.desktop.gateout;

import id.sistemparkir.client.lane.ExitQuote;
import id.sistemparkir.core.contract.FeeLineDto;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.Photos;
import id.sistemparkir.desktop.common.RecentVehicles;
import id.sistemparkir.desktop.common.RecentVehiclesView;
import id.sistemparkir.desktop.common.Texts;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** ParkingOut's content: ticket or plate left, the vehicle and its fee in the middle with the payment, exits right. */
public final class GateOutView {

    public static final String TICKET_ID = "ticket-field";

    private final GateOutViewModel model;
    private final Texts texts;
    private final Formats formats;
    private final HBox root;
    private final TextField ticket = new TextField();
    private final TextField plate = new TextField();
    private final TextField received = new TextField();

    public GateOutView(GateOutViewModel model, RecentVehicles recent, Texts texts, Formats formats) {
        this.model = model;
        this.texts = texts;
        this.formats = formats;
        VBox recentPanel = RecentVehiclesView.of(
                recent, texts, texts.get("gateout.recent"), texts.get("recent.note"), "recent-activity");
        HBox.setHgrow(recentPanel, Priority.ALWAYS);
        this.root = new HBox(14, findPanel(), vehiclePanel(), recentPanel);
        root.setPadding(new Insets(14));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        model.quoteProperty().addListener((obs, before, now) -> {
            if (now != null) {
                (("CASH".equals(model.methodProperty().get())) ? received : ticket).requestFocus();
            } else {
                ticket.requestFocus();
            }
        });
    }

    public Node root() {
        return root;
    }

    public void focusTicket() {
        ticket.requestFocus();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> {
                model.cancelOrClear();
                ticket.requestFocus();
            }
            case F5 -> plate.requestFocus();
            case F6 -> model.lostTicketProperty()
                    .set(!model.lostTicketProperty().get());
            case F11 -> model.unableToCollect();
            case F12 -> model.pay();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private Node findPanel() {
        Label title = title("gateout.ticket.title");
        ticket.setId(TICKET_ID);
        ticket.getStyleClass().add("big-field");
        ticket.setPromptText(texts.get("gateout.ticket.prompt"));
        ticket.textProperty().bindBidirectional(model.ticketProperty());
        ticket.setOnAction(e -> model.lookupTicket());
        CheckBox lost = new CheckBox(texts.get("gateout.lost_ticket"));
        lost.setId("lost-ticket");
        lost.setFocusTraversable(false);
        lost.selectedProperty().bindBidirectional(model.lostTicketProperty());
        plate.setId("plate-search");
        plate.setPromptText(texts.get("gateout.plate.prompt"));
        plate.textProperty().bindBidirectional(model.plateSearchProperty());
        plate.setOnAction(e -> model.searchPlate());
        ListView<SessionView> candidates = new ListView<>(model.candidates());
        candidates.setId("candidates");
        candidates.setPrefHeight(170);
        candidates.setPlaceholder(new Label(texts.get("gateout.candidates.none")));
        candidates.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SessionView s, boolean empty) {
                super.updateItem(s, empty);
                setText(
                        empty || s == null
                                ? null
                                : texts.get(
                                        "gateout.candidate",
                                        s.plateDisplay(),
                                        texts.vehicle(s.vehicleType()),
                                        s.entryGate(),
                                        formats.dateTime(s.entryTime())));
            }
        });
        candidates.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.choose(candidates.getSelectionModel().getSelectedItem());
            }
        });
        candidates.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.choose(candidates.getSelectionModel().getSelectedItem());
            }
        });
        Label error = new Label();
        error.setId("gateout-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        VBox panel = new VBox(10, title, ticket, lost, title("gateout.plate.title"), plate, candidates, error);
        panel.getStyleClass().add("panel");
        panel.setPrefWidth(290);
        panel.setMinWidth(290);
        return panel;
    }

    private Node vehiclePanel() {
        HBox photos = new HBox(
                10,
                photo("gateout.photo.entry", model.entryPhotoProperty(), "entry-photo"),
                photo("gateout.photo.exit", model.exitPhotoProperty(), "exit-photo"));
        GridPane details = new GridPane();
        details.setHgap(12);
        details.setVgap(4);
        Label plateValue = value("quote-plate");
        Label classValue = value("quote-class");
        Label entryValue = value("quote-entry");
        Label durationValue = value("quote-duration");
        Label sourceValue = value("quote-source");
        details.addRow(0, new Label(texts.get("gateout.plate")), plateValue);
        details.addRow(1, new Label(texts.get("gateout.class")), classValue);
        details.addRow(2, new Label(texts.get("gateout.entry_time")), entryValue);
        details.addRow(3, new Label(texts.get("gateout.duration")), durationValue);
        details.addRow(4, new Label(texts.get("gateout.priced_by")), sourceValue);
        VBox lines = new VBox(2);
        lines.setId("fee-lines");
        Label fee = new Label(Formats.money(0));
        fee.setId("fee-total");
        fee.getStyleClass().add("fee-total");
        model.quoteProperty()
                .addListener((obs, before, q) ->
                        show(q, plateValue, classValue, entryValue, durationValue, sourceValue, lines, fee));

        ComboBox<String> method = new ComboBox<>(FXCollections.observableArrayList(model.methods()));
        method.setId("payment-method");
        method.valueProperty().bindBidirectional(model.methodProperty());
        method.setFocusTraversable(false);
        received.setId("cash-received");
        received.setPromptText(texts.get("gateout.received.prompt"));
        received.textProperty().bindBidirectional(model.receivedProperty());
        received.disableProperty().bind(model.methodProperty().isNotEqualTo("CASH"));
        received.setOnAction(e -> model.pay());
        Label change = new Label();
        change.setId("change");
        change.getStyleClass().add("change-amount");
        change.textProperty()
                .bind(model.changeProperty()
                        .asString()
                        .map(v -> texts.get("gateout.change", Formats.money(Long.parseLong(v)))));
        Button pay = new Button(texts.get("gateout.pay"), new FontIcon("mdi2c-cash-register"));
        pay.setId("pay");
        pay.getStyleClass().add("accent");
        pay.disableProperty().bind(model.canPay().not());
        pay.setOnAction(e -> model.pay());
        pay.setFocusTraversable(false);
        Button unable = new Button(texts.get("gateout.unable"), new FontIcon("mdi2c-credit-card-off-outline"));
        unable.setId("unable-to-collect");
        unable.disableProperty().bind(model.quoteProperty().isNull().or(model.busyProperty()));
        unable.setOnAction(e -> model.unableToCollect());
        unable.setFocusTraversable(false);
        GridPane payment = new GridPane();
        payment.setHgap(10);
        payment.setVgap(8);
        payment.addRow(0, new Label(texts.get("gateout.method")), method);
        payment.addRow(1, new Label(texts.get("gateout.received")), received);
        Label result = new Label();
        result.setId("exit-result");
        result.getStyleClass().add("result-headline");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        result.visibleProperty().bind(result.textProperty().isNotEmpty());
        VBox panel = new VBox(
                10,
                title("gateout.vehicle.title"),
                photos,
                details,
                lines,
                fee,
                payment,
                change,
                new HBox(10, pay, unable),
                result);
        panel.getStyleClass().add("panel");
        panel.setPrefWidth(560);
        panel.setMinWidth(560);
        return panel;
    }

    private void show(
            ExitQuote q,
            Label plateValue,
            Label classValue,
            Label entryValue,
            Label durationValue,
            Label sourceValue,
            VBox lines,
            Label fee) {
        lines.getChildren().clear();
        if (q == null) {
            for (Label l : new Label[] {plateValue, classValue, entryValue, durationValue, sourceValue}) {
                l.setText("-");
            }
            fee.setText(Formats.money(0));
            return;
        }
        plateValue.setText(q.plateDisplay() == null ? "-" : q.plateDisplay());
        classValue.setText(texts.vehicle(q.vehicleType()));
        entryValue.setText(formats.dateTime(q.entryTime()));
        durationValue.setText(model.duration(q));
        sourceValue.setText(model.describeSource(q));
        for (FeeLineDto line : q.lines()) {
            lines.getChildren().add(new Label(line.description() + "   " + Formats.money(line.amount())));
        }
        fee.setText(Formats.money(q.fee()));
    }

    private Node photo(String titleKey, ObjectProperty<byte[]> jpeg, String id) {
        ImageView image = new ImageView();
        image.setId(id);
        image.setFitWidth(240);
        image.setFitHeight(140);
        image.setPreserveRatio(true);
        Label none = new Label(texts.get("gateout.photo.none"));
        StackPane frame = new StackPane(none, image);
        frame.getStyleClass().add("photo-frame");
        frame.setPrefSize(250, 145);
        jpeg.addListener((obs, before, now) -> {
            image.setImage(Photos.of(now).orElse(null));
            none.setVisible(image.getImage() == null);
        });
        return new VBox(4, new Label(texts.get(titleKey)), frame);
    }

    private Label title(String key) {
        Label label = new Label(texts.get(key));
        label.getStyleClass().add("panel-title");
        return label;
    }

    private static Label value(String id) {
        Label label = new Label("-");
        label.setId(id);
        label.getStyleClass().add("value");
        return label;
    }
}
