package id.sistemparkir.desktop.shift;

import id.sistemparkir.core.contract.ShiftSummary;
import id.sistemparkir.core.contract.ShiftTransaction;
import id.sistemparkir.core.contract.ShiftView;
import id.sistemparkir.desktop.common.Amounts;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.Texts;
import id.sistemparkir.desktop.common.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import net.synedra.validatorfx.Validator;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "Tutup Shift" window, bound to {@link ShiftCloseViewModel}; after closing it shows the shift report. */
public final class ShiftCloseDialog {

    public static final String ID = "shift-close";

    private ShiftCloseDialog() {}

    public static Stage show(ShiftCloseViewModel model, Texts texts, Window owner) {
        Label title = new Label(texts.get("shift.title"), new FontIcon("mdi2c-cash-check"));
        title.getStyleClass().add("window-title");
        Label summary = new Label(texts.get("shift.loading"));
        summary.setId("shift-summary");
        summary.setWrapText(true);
        Label expected = new Label();
        expected.setId("shift-expected");
        expected.getStyleClass().add("result-headline");
        Label pending = new Label(model.pendingWarning());
        pending.getStyleClass().add("warning-text");
        pending.setWrapText(true);
        pending.setVisible(!model.pendingWarning().isEmpty());
        pending.setManaged(pending.isVisible());
        ListView<ShiftTransaction> list = new ListView<>(model.transactions());
        list.setId("shift-transactions");
        list.setPrefHeight(180);
        list.setPlaceholder(new Label(texts.get("shift.no_transactions")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ShiftTransaction t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : model.transactionLine(t));
            }
        });
        model.currentProperty().addListener((obs, before, shift) -> {
            if (shift != null) {
                summary.setText(describe(texts, shift));
                expected.setText(texts.get(
                        "shift.expected", Formats.money(shift.summary().cashExpected())));
            }
        });

        TextField counted = new TextField();
        counted.setId("shift-counted");
        counted.setPromptText("Rp");
        counted.textProperty().bindBidirectional(model.countedProperty());
        // ValidatorFX marks the field while what is typed is not an amount (the close button stays disabled then).
        Validator validator = new Validator();
        validator
                .createCheck()
                .dependsOn("counted", counted.textProperty())
                .withMethod(check -> {
                    String typed = check.get("counted");
                    if (!typed.isBlank() && Amounts.parse(typed).isEmpty()) {
                        check.error(texts.get("shift.counted.invalid"));
                    }
                })
                .decorates(counted)
                .immediate();
        TextField note = new TextField();
        note.setId("shift-note");
        note.textProperty().bindBidirectional(model.noteProperty());
        Label difference = new Label();
        difference.setId("shift-difference");
        model.differenceProperty()
                .addListener((obs, before, now) -> showDifference(texts, difference, now.longValue()));
        showDifference(texts, difference, 0);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(texts.get("shift.counted")), counted);
        form.addRow(1, new Label(texts.get("shift.note")), note);
        form.addRow(2, new Label(texts.get("shift.difference")), difference);

        Button close = new Button(texts.get("shift.close"), new FontIcon("mdi2l-lock-outline"));
        close.setId("shift-close-button");
        close.getStyleClass().add("accent");
        close.setDefaultButton(true);
        close.disableProperty().bind(model.canClose().not());
        close.setOnAction(e -> model.close());
        Button cancel = new Button(texts.get("dialog.close"));
        cancel.setCancelButton(true);
        Label error = new Label();
        error.setId("shift-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Label report = new Label();
        report.setId("shift-report");
        report.getStyleClass().add("result-box");
        report.setWrapText(true);
        report.setVisible(false);
        report.setManaged(false);
        Label printWarning = new Label();
        printWarning.getStyleClass().add("warning-text");
        printWarning.textProperty().bind(model.printWarningProperty());
        model.closedProperty().addListener((obs, before, shift) -> {
            if (shift != null) {
                report.setText(reportText(texts, shift));
                report.getStyleClass().add(shift.cashDifference() < 0 ? "result-error" : "result-ok");
                report.setVisible(true);
                report.setManaged(true);
                report.getScene().getWindow().sizeToScene();
            }
        });

        VBox box = new VBox(
                12,
                title,
                summary,
                expected,
                pending,
                new Label(texts.get("shift.transactions")),
                list,
                form,
                new HBox(10, close, cancel),
                error,
                report,
                printWarning);
        box.getStyleClass().add("panel");
        box.setId(ID);
        box.setPrefWidth(640);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(texts.get("shift.title"));
        stage.setScene(Theme.style(new Scene(box)));
        cancel.setOnAction(e -> stage.close());
        stage.show();
        counted.requestFocus();
        model.load();
        return stage;
    }

    private static void showDifference(Texts texts, Label label, long difference) {
        label.setText(Formats.money(difference)
                + (difference < 0
                        ? "  " + texts.get("shift.short")
                        : difference > 0 ? "  " + texts.get("shift.over") : ""));
        label.getStyleClass().removeAll("difference-negative", "difference-ok");
        label.getStyleClass().add(difference < 0 ? "difference-negative" : "difference-ok");
    }

    private static String describe(Texts texts, ShiftView shift) {
        ShiftSummary s = shift.summary();
        return texts.get(
                "shift.summary",
                shift.username(),
                shift.station(),
                s.entries(),
                s.exits(),
                s.lostTickets(),
                Formats.money(s.revenue()));
    }

    static String reportText(Texts texts, ShiftView shift) {
        StringBuilder text = new StringBuilder(texts.get("shift.report.title")).append('\n');
        text.append(describe(texts, shift)).append('\n');
        for (ShiftSummary.PaymentTotal m : shift.summary().byMethod()) {
            text.append(texts.get("shift.report.method", m.method(), m.count(), Formats.money(m.amount())))
                    .append('\n');
        }
        text.append(texts.get(
                "shift.report.cash",
                Formats.money(shift.summary().cashExpected()),
                Formats.money(shift.cashCounted()),
                Formats.money(shift.cashDifference())));
        return text.toString();
    }
}
