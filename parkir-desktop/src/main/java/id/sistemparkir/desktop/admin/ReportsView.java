package id.sistemparkir.desktop.admin;

import static id.sistemparkir.desktop.admin.JsonTable.column;
import static id.sistemparkir.desktop.admin.JsonTable.money;
import static id.sistemparkir.desktop.admin.JsonTable.text;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.desktop.common.Texts;
import java.util.List;
import java.util.Set;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

/** The reports tab: a period, the figures, export as CSV/XLSX/PDF to the file the {@link ExportTarget} gives, print. */
public final class ReportsView {

    /** Totals that are money (the others are counts). */
    private static final Set<String> MONEY = Set.of("fees", "revenue", "lostTicketFees", "uncollected");

    private final VBox root = new VBox(10);
    private final VBox printable;

    public ReportsView(ReportsViewModel model, AdminContext context, Stage owner, ExportTarget target) {
        Texts texts = context.texts();
        DatePicker from = new DatePicker();
        from.setId("report-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("report-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button show = new Button(texts.get("admin.reports.show"), new FontIcon("mdi2c-chart-bar"));
        show.setId("report-show");
        show.setOnAction(e -> model.refresh());
        HBox actions = new HBox(8, new Label(texts.get("admin.reports.period")), from, to, show);
        for (String format : List.of("csv", "xlsx", "pdf")) {
            Button export = new Button(
                    texts.get("admin.reports.export", format.toUpperCase()),
                    new FontIcon("mdi2f-file-download-outline"));
            export.setId("report-export-" + format);
            export.setOnAction(e -> target.choose(
                            texts.get("admin.reports.export", format.toUpperCase()), format, model.fileName(format))
                    .ifPresent(file -> model.export(format, file)));
            WriteGuard.guard(export, context.live(), model.busyProperty());
            actions.getChildren().add(export);
        }
        Button print = new Button(texts.get("admin.reports.print"), new FontIcon("mdi2p-printer-outline"));
        print.setOnAction(e -> print(model, texts, owner));
        actions.getChildren().add(print);

        TableView<JsonNode> totals = JsonTable.table("report-totals", texts.get("admin.reports.none"));
        totals.getColumns()
                .addAll(List.of(
                        column(
                                texts.get("admin.reports.figure"),
                                row -> texts.get("admin.reports.total." + text(row, "name"))),
                        column(
                                texts.get("admin.reports.value"),
                                row -> MONEY.contains(text(row, "name")) ? money(row, "value") : text(row, "value"))));
        totals.setItems(model.totals());
        totals.setPrefWidth(380);
        TableView<JsonNode> groups = JsonTable.table("report-groups", texts.get("admin.reports.none"));
        groups.getColumns()
                .addAll(List.of(
                        column(
                                texts.get("admin.reports.group"),
                                row -> texts.get("admin.reports." + text(row, "group"))),
                        column(texts.get("admin.reports.key"), row -> text(row, "key")),
                        column(texts.get("admin.dashboard.entries"), row -> text(row, "entries")),
                        column(texts.get("admin.dashboard.exits"), row -> text(row, "exits")),
                        column(texts.get("admin.session.fee_charged"), row -> money(row, "fees")),
                        column(texts.get("admin.dashboard.revenue"), row -> money(row, "revenue"))));
        groups.setItems(model.groups());
        HBox.setHgrow(groups, Priority.ALWAYS);
        HBox tables = new HBox(12, totals, groups);
        VBox.setVgrow(tables, Priority.ALWAYS);
        printable = new VBox(tables);
        VBox.setVgrow(printable, Priority.ALWAYS);
        Label message = new Label();
        message.setId("report-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        root.getChildren().addAll(actions, printable, message);
        root.getStyleClass().add("admin-page");
    }

    private void print(ReportsViewModel model, Texts texts, Stage owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.messageProperty().set(texts.get("admin.reports.no_printer"));
            return;
        }
        if (job.showPrintDialog(owner) && job.printPage(printable)) {
            job.endJob();
            model.messageProperty().set(texts.get("admin.reports.printed"));
        }
    }

    public Node root() {
        return root;
    }
}
