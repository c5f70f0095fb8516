package id.sistemparkir.desktop.admin;

import static id.sistemparkir.desktop.admin.JsonTable.column;
import static id.sistemparkir.desktop.admin.JsonTable.text;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.Texts;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The dashboard tab: figures, two charts (not animated), the lanes' status, alerts and the activity feed. */
public final class DashboardView {

    private final DashboardViewModel model;
    private final AdminContext context;
    private final Texts texts;
    private final XYChart.Series<String, Number> inside = new XYChart.Series<>();
    private final XYChart.Series<String, Number> capacity = new XYChart.Series<>();
    private final XYChart.Series<String, Number> entriesPerHour = new XYChart.Series<>();
    private final XYChart.Series<String, Number> exitsPerHour = new XYChart.Series<>();
    private final VBox root = new VBox(12);

    public DashboardView(DashboardViewModel model, AdminContext context) {
        this.model = model;
        this.context = context;
        this.texts = context.texts();
        HBox figures = new HBox(
                12,
                figure("dash-entries", "admin.dashboard.entries", model.entriesProperty()),
                figure("dash-exits", "admin.dashboard.exits", model.exitsProperty()),
                figure("dash-revenue", "admin.dashboard.revenue", model.revenueProperty()),
                figure("dash-uncollected", "admin.dashboard.uncollected", model.uncollectedProperty()),
                serverState());
        HBox charts = new HBox(12, occupancyChart(), trafficChart());
        charts.getChildren().forEach(chart -> HBox.setHgrow(chart, Priority.ALWAYS));
        HBox lower = new HBox(12, stations(), feed());
        lower.getChildren().forEach(part -> HBox.setHgrow(part, Priority.ALWAYS));
        VBox.setVgrow(lower, Priority.ALWAYS);
        Label notice = new Label();
        notice.setId("dash-notice");
        notice.getStyleClass().add("admin-notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.errorProperty());
        Label updated = new Label();
        updated.getStyleClass().add("field-hint");
        updated.textProperty().bind(model.updatedProperty());
        root.getChildren().addAll(figures, notice, charts, lower, new HBox(12, updated, error));
        root.getStyleClass().add("admin-page");
        model.occupancy().addListener((ListChangeListener<JsonNode>) change -> showOccupancy());
        model.hours().addListener((ListChangeListener<JsonNode>) change -> showTraffic());
    }

    private Node figure(String id, String titleKey, ObservableValue<String> value) {
        Label title = new Label(texts.get(titleKey));
        title.getStyleClass().add("panel-title");
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("admin-figure");
        number.textProperty().bind(value);
        VBox box = new VBox(4, title, number);
        box.getStyleClass().add("panel");
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private Node serverState() {
        Label title = new Label(texts.get("admin.dashboard.system"));
        title.getStyleClass().add("panel-title");
        Label state = new Label();
        state.setId("dash-server");
        state.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> texts.get(
                                "admin.dashboard.server_state",
                                texts.get(AdminShell.indicatorKey(
                                        context.live().stateProperty().get())),
                                context.live().databaseProperty().get()),
                        context.live().stateProperty(),
                        context.live().databaseProperty()));
        VBox box = new VBox(4, title, state);
        box.getStyleClass().add("panel");
        return box;
    }

    private Node occupancyChart() {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId("dash-occupancy-chart");
        chart.setAnimated(false);
        chart.setTitle(texts.get("admin.dashboard.occupancy"));
        inside.setName(texts.get("admin.dashboard.inside"));
        capacity.setName(texts.get("admin.dashboard.capacity"));
        chart.getData().addAll(List.of(inside, capacity));
        chart.setPrefHeight(260);
        return chart;
    }

    private Node trafficChart() {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId("dash-traffic-chart");
        chart.setAnimated(false);
        chart.setTitle(texts.get("admin.dashboard.traffic"));
        entriesPerHour.setName(texts.get("admin.dashboard.entries"));
        exitsPerHour.setName(texts.get("admin.dashboard.exits"));
        chart.getData().addAll(List.of(entriesPerHour, exitsPerHour));
        chart.setPrefHeight(260);
        return chart;
    }

    private void showOccupancy() {
        inside.getData().clear();
        capacity.getData().clear();
        for (JsonNode row : model.occupancy()) {
            String type = texts.get("vehicle." + row.path("vehicleType").asText());
            String label = row.path("percent").isNumber()
                    ? texts.get(
                            "admin.dashboard.class_percent",
                            type,
                            row.path("percent").asInt())
                    : type;
            inside.getData().add(new XYChart.Data<>(label, row.path("inside").asLong()));
            capacity.getData()
                    .add(new XYChart.Data<>(label, row.path("capacity").asInt()));
        }
    }

    private void showTraffic() {
        entriesPerHour.getData().clear();
        exitsPerHour.getData().clear();
        for (JsonNode hour : model.hours()) {
            String label = String.format("%02d", hour.path("hour").asInt());
            entriesPerHour
                    .getData()
                    .add(new XYChart.Data<>(label, hour.path("entries").asLong()));
            exitsPerHour
                    .getData()
                    .add(new XYChart.Data<>(label, hour.path("exits").asLong()));
        }
    }

    private Node stations() {
        TableView<JsonNode> table = JsonTable.table("dash-stations", texts.get("admin.dashboard.no_stations"));
        Formats formats = context.formats();
        table.getColumns()
                .addAll(List.of(
                        column(texts.get("admin.station.code"), row -> text(row, "code")),
                        column(texts.get("admin.station.app"), row -> text(row, "app")),
                        column(texts.get("admin.station.operator"), row -> text(row, "operator")),
                        column(
                                texts.get("admin.station.state"),
                                row -> texts.get(
                                        row.path("connected").asBoolean()
                                                ? "admin.station.connected"
                                                : row.path("offline").asBoolean()
                                                        ? "admin.station.offline"
                                                        : "admin.station.idle")),
                        column(texts.get("admin.station.last_seen"), row -> JsonTable.time(row, "lastSeen", formats)),
                        column(texts.get("admin.station.pending"), row -> text(row, "pendingOffline")),
                        column(texts.get("admin.station.attention"), row -> text(row, "needsAttention"))));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(JsonNode item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("station-attention");
                if (!empty && item != null && DashboardViewModel.needsLook(item)) {
                    getStyleClass().add("station-attention");
                }
            }
        });
        table.setItems(model.stations());
        ListView<JsonNode> alerts = new ListView<>(model.alerts());
        alerts.setId("dash-alerts");
        alerts.setPlaceholder(new Label(texts.get("admin.dashboard.no_alerts")));
        alerts.setPrefHeight(110);
        alerts.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(JsonNode item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? null
                                : texts.get("admin.feed.alert", text(item, "kind"), text(item, "subject")) + " — "
                                        + text(item, "details"));
            }
        });
        VBox box = new VBox(6, title("admin.dashboard.lanes"), table, title("admin.dashboard.alerts"), alerts);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPrefWidth(700);
        return box;
    }

    private Node feed() {
        ListView<String> feed = new ListView<>(model.feed());
        feed.setId("dash-feed");
        feed.setPlaceholder(new Label(texts.get("admin.dashboard.feed_empty")));
        VBox box = new VBox(6, title("admin.dashboard.feed"), feed);
        VBox.setVgrow(feed, Priority.ALWAYS);
        box.setPrefWidth(420);
        return box;
    }

    private Label title(String key) {
        Label label = new Label(texts.get(key));
        label.getStyleClass().add("panel-title");
        return label;
    }

    public Node root() {
        return root;
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }
}
