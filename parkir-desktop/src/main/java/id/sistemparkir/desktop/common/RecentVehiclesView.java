package id.sistemparkir.desktop.common;

import id.sistemparkir.core.vehicle.VehicleType;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The live list of recent vehicles and the occupancy per class, bound to {@link RecentVehicles}. */
public final class RecentVehiclesView {

    private RecentVehiclesView() {}

    public static VBox of(RecentVehicles model, Texts texts, String title, String detailTitle, String tableId) {
        TableView<RecentVehicles.Row> table = new TableView<>(model.rows());
        table.setId(tableId);
        table.setPlaceholder(new Label(texts.get("recent.empty")));
        table.getColumns().add(column(texts.get("recent.time"), 90, RecentVehicles.Row::time));
        table.getColumns().add(column(texts.get("recent.plate"), 120, RecentVehicles.Row::plate));
        table.getColumns().add(column(texts.get("recent.vehicle"), 80, RecentVehicles.Row::vehicle));
        table.getColumns().add(column(texts.get("recent.gate"), 70, RecentVehicles.Row::gate));
        table.getColumns().add(column(detailTitle, 100, RecentVehicles.Row::detail));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        HBox occupancy = new HBox(18);
        for (VehicleType type : VehicleType.values()) {
            Label value = new Label();
            value.setId("occupancy-" + type.name());
            value.getStyleClass().add("occupancy-value");
            value.textProperty().bind(model.occupancy(type).asString());
            occupancy.getChildren().add(new VBox(new Label(texts.vehicle(type)), value));
        }
        Label occupancyTitle = new Label(texts.get("recent.occupancy"));
        occupancyTitle.getStyleClass().add("panel-title");
        Label listTitle = new Label(title);
        listTitle.getStyleClass().add("panel-title");
        VBox box = new VBox(10, occupancyTitle, occupancy, listTitle, table);
        box.getStyleClass().add("panel");
        return box;
    }

    private static TableColumn<RecentVehicles.Row, String> column(
            String title, double width, Function<RecentVehicles.Row, String> value) {
        TableColumn<RecentVehicles.Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
