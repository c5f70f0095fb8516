package id.sistemparkir.desktop.admin;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.desktop.common.Formats;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Tables of the server's JSON rows: one column per field, worded by a function. The admin views show many lists of
 * the same kind (sessions, logs, reviews), and one small helper keeps them alike.
 */
public final class JsonTable {

    private JsonTable() {}

    public static TableView<JsonNode> table(String id, String placeholder) {
        TableView<JsonNode> table = new TableView<>();
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(placeholder));
        return table;
    }

    public static TableColumn<JsonNode, String> column(String header, Function<JsonNode, String> value) {
        TableColumn<JsonNode, String> column = new TableColumn<>(header);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }

    /** A text field, {@code -} when absent or null. */
    public static String text(JsonNode row, String field) {
        JsonNode value = row.path(field);
        return value.isMissingNode() || value.isNull() ? "-" : value.asText();
    }

    /** An amount field in rupiah, {@code -} when absent. */
    public static String money(JsonNode row, String field) {
        JsonNode value = row.path(field);
        return value.isNumber() ? Formats.money(value.asLong()) : "-";
    }

    /** A time field in the garage's zone, {@code -} when absent. */
    public static String time(JsonNode row, String field, Formats formats) {
        return formats.dateTime(instant(row, field));
    }

    public static Instant instant(JsonNode row, String field) {
        JsonNode value = row.path(field);
        if (!value.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The elements of an array, or of a page's {@code items}. */
    public static List<JsonNode> rows(JsonNode arrayOrPage) {
        JsonNode array = arrayOrPage != null && arrayOrPage.has("items") ? arrayOrPage.get("items") : arrayOrPage;
        List<JsonNode> rows = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(rows::add);
        }
        return rows;
    }
}
