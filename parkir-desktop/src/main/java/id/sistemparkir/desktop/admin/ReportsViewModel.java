package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sistemparkir.client.files.AtomicFiles;
import id.sistemparkir.desktop.common.LatestTask;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Reports of a day or a period: the server's figures on screen (totals; by class, gate, operator and payment method),
 * and the server's own CSV, XLSX or PDF rendering saved to a file (decision 0019: one rendering, on the server).
 */
public final class ReportsViewModel {

    /** The report's group lists, in the order shown. */
    static final List<String> GROUPS = List.of("byVehicleType", "byGate", "byOperator", "byPaymentMethod");

    private final AdminContext context;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<JsonNode> totals = FXCollections.observableArrayList();
    private final ObservableList<JsonNode> groups = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final LatestTask reports;

    public ReportsViewModel(AdminContext context) {
        this.context = context;
        LocalDate today =
                LocalDate.now(context.clock().withZone(context.formats().zone()));
        from.set(today);
        to.set(today);
        this.reports = new LatestTask(context.tasks(), "report");
    }

    public void refresh() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null || end == null || end.isBefore(start)) {
            message.set(context.texts().get("admin.reports.invalid_period"));
            return;
        }
        reports.submit(
                () -> context.calls().call(api -> api.report(start, end)),
                this::show,
                failure -> message.set(context.problem(failure)));
    }

    private void show(JsonNode report) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        totals.clear();
        report.path("totals").fields().forEachRemaining(field -> {
            ObjectNode row = json.objectNode();
            row.put("name", field.getKey());
            row.set("value", field.getValue());
            totals.add(row);
        });
        groups.clear();
        for (String group : GROUPS) {
            for (JsonNode row : JsonTable.rows(report.path(group))) {
                ObjectNode copy = ((ObjectNode) row).deepCopy();
                copy.put("group", group);
                groups.add(copy);
            }
        }
        message.set(context.texts()
                .get(
                        "admin.reports.loaded",
                        report.path("from").asText(),
                        report.path("to").asText(),
                        JsonTable.time(report, "generatedAt", context.formats())));
    }

    /** Saves the server's rendering ({@code csv}, {@code xlsx}, {@code pdf}) of the period to {@code target}. */
    public void export(String format, Path target) {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null || end == null || end.isBefore(start)) {
            message.set(context.texts().get("admin.reports.invalid_period"));
            return;
        }
        String lang = context.texts().language().tag();
        busy.set(true);
        context.tasks()
                .submit(
                        "report-" + format,
                        () -> {
                            byte[] file = context.calls().call(api -> api.reportFile(start, end, format, lang));
                            AtomicFiles.write(target, file);
                            return file.length;
                        },
                        size -> {
                            busy.set(false);
                            message.set(context.texts().get("admin.reports.saved", target.toString(), size));
                        },
                        failure -> {
                            busy.set(false);
                            message.set(
                                    failure instanceof java.io.IOException io
                                            ? context.texts()
                                                    .get(
                                                            "admin.reports.write_failed",
                                                            target.toString(),
                                                            io.getMessage())
                                            : context.problem(failure));
                        });
    }

    /** A file name for the period, e.g. {@code laporan-2026-12-01_2026-12-02.pdf}. */
    public String fileName(String format) {
        return context.texts().get("admin.reports.file") + "-" + from.get() + "_" + to.get() + "." + format;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<JsonNode> totals() {
        return totals;
    }

    public ObservableList<JsonNode> groups() {
        return groups;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
