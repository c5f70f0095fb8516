package id.sistemparkir.desktop.sync;

import id.sistemparkir.desktop.common.Texts;
import id.sistemparkir.desktop.common.Theme;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Sinkronisasi Data": sync now, and the records the server refused, each with its reason; one can be put back in the
 * queue once its cause is fixed, or set aside with a reason when it can never pass (kept, never deleted).
 */
public final class NeedsAttentionDialog {

    public static final String ID = "sync-data-dialog";

    private NeedsAttentionDialog() {}

    public static void show(SyncViewModel model, Texts texts, Window owner, int pending) {
        model.loadAttention();
        TableView<SyncViewModel.AttentionItem> table = new TableView<>(model.attention());
        table.setId("needs-attention-table");
        table.setPlaceholder(new Label(texts.get("attention.empty")));
        table.getColumns().add(column(texts.get("attention.kind"), 80, SyncViewModel.AttentionItem::kind));
        table.getColumns().add(column(texts.get("attention.plate"), 120, SyncViewModel.AttentionItem::plate));
        table.getColumns().add(column(texts.get("attention.time"), 140, SyncViewModel.AttentionItem::time));
        table.getColumns().add(column(texts.get("attention.reason"), 420, SyncViewModel.AttentionItem::reason));
        table.setPrefHeight(240);

        Label pendingLabel = new Label(texts.get("attention.pending", pending));
        pendingLabel.getStyleClass().add("result-headline");
        Button sync = new Button(texts.get("attention.sync_now"), new FontIcon("mdi2c-cloud-sync-outline"));
        sync.setId("sync-data-now");
        sync.setDefaultButton(true);
        sync.disableProperty().bind(model.runningProperty());
        Button retry = new Button(texts.get("attention.retry"), new FontIcon("mdi2r-restore"));
        retry.setId("attention-retry");
        retry.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        retry.setOnAction(e -> model.retry(table.getSelectionModel().getSelectedItem()));
        TextField reason = new TextField();
        reason.setId("attention-reason");
        reason.setPromptText(texts.get("attention.set_aside.reason"));
        reason.setPrefColumnCount(28);
        Button setAside =
                new Button(texts.get("attention.set_aside"), new FontIcon("mdi2a-archive-arrow-down-outline"));
        setAside.setId("attention-set-aside");
        setAside.disableProperty()
                .bind(table.getSelectionModel()
                        .selectedItemProperty()
                        .isNull()
                        .or(reason.textProperty().isEmpty()));
        setAside.setOnAction(e -> {
            model.setAside(table.getSelectionModel().getSelectedItem(), reason.getText());
            reason.clear();
        });
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.errorProperty());

        Stage stage = new Stage();
        Button close = new Button(texts.get("dialog.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        sync.setOnAction(e -> {
            model.syncNow();
            stage.close();
        });
        VBox box = new VBox(
                12,
                pendingLabel,
                new HBox(10, sync),
                new Label(texts.get("attention.title")),
                table,
                new HBox(10, retry, reason, setAside, close),
                error);
        box.getStyleClass().add("panel");
        box.setId(ID);
        stage.initOwner(owner);
        stage.setTitle(texts.get("menu.sync_data"));
        stage.setScene(Theme.style(new Scene(box)));
        stage.show();
    }

    private static TableColumn<SyncViewModel.AttentionItem, String> column(
            String title, double width, java.util.function.Function<SyncViewModel.AttentionItem, String> value) {
        TableColumn<SyncViewModel.AttentionItem, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
