package id.sistemparkir.desktop.sync;

import id.sistemparkir.client.sync.SyncSummary;
import id.sistemparkir.desktop.common.Texts;
import id.sistemparkir.desktop.common.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The three sync dialogs of the seed, bound to {@link SyncViewModel}: the question when the connection returns, the
 * progress while records are sent, the summary at the end. None is modal: the lane serves cars meanwhile.
 */
public final class SyncDialogs {

    public static final String PROMPT_ID = "sync-prompt";
    public static final String PROGRESS_ID = "sync-progress";
    public static final String SUMMARY_ID = "sync-summary";

    private final SyncViewModel model;
    private final Texts texts;
    private final Window owner;
    private Stage prompt;
    private Stage progress;
    private Stage summary;

    public SyncDialogs(SyncViewModel model, Texts texts, Window owner) {
        this.model = model;
        this.texts = texts;
        this.owner = owner;
        model.promptProperty().addListener((obs, before, now) -> {
            if (now.intValue() > 0) {
                showPrompt(now.intValue());
            } else if (prompt != null) {
                prompt.close();
            }
        });
        model.runningProperty().addListener((obs, before, now) -> {
            if (now) {
                showProgress();
            } else if (progress != null) {
                progress.close();
            }
        });
        model.summaryProperty().addListener((obs, before, now) -> {
            if (now != null) {
                showSummary(now);
            }
        });
    }

    private void showPrompt(int pending) {
        Label question = new Label(texts.get("sync.prompt.text", pending));
        question.setId("sync-prompt-text");
        question.getStyleClass().add("result-headline");
        question.setGraphic(new FontIcon("mdi2c-cloud-sync-outline"));
        Label hint = new Label(texts.get("sync.prompt.hint"));
        hint.setWrapText(true);
        Button now = new Button(texts.get("sync.prompt.now"));
        now.setId("sync-now");
        now.setDefaultButton(true);
        now.setOnAction(e -> model.syncNow());
        Button later = new Button(texts.get("sync.prompt.later"));
        later.setId("sync-later");
        later.setCancelButton(true);
        later.setOnAction(e -> model.later());
        prompt = stage(PROMPT_ID, texts.get("sync.prompt.title"), content(question, hint, buttons(later, now)));
        prompt.setOnCloseRequest(e -> model.later());
        prompt.show();
        now.requestFocus();
    }

    private void showProgress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("sync-progress-bar");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(model.progressProperty());
        Label count = new Label();
        count.setId("sync-progress-text");
        count.getStyleClass().add("result-headline");
        count.textProperty().bind(model.progressTextProperty());
        Label current = new Label();
        current.setId("sync-progress-current");
        current.textProperty().bind(model.currentRecordProperty());
        Button cancel = new Button(texts.get("sync.progress.cancel"));
        cancel.setOnAction(e -> model.cancel());
        progress = stage(PROGRESS_ID, texts.get("sync.progress.title"), content(count, bar, current, buttons(cancel)));
        progress.setOnCloseRequest(e -> e.consume()); // it closes itself when the run ends
        progress.show();
    }

    private void showSummary(SyncSummary result) {
        Label headline = new Label(texts.get(
                result.nothingFailed() ? "sync.summary.ok" : "sync.summary.some_failed",
                result.created(),
                result.alreadyPresent(),
                result.failed() + result.needsAttention()));
        headline.setId("sync-summary-text");
        headline.getStyleClass().add("result-headline");
        headline.setWrapText(true);
        headline.setGraphic(
                new FontIcon(result.nothingFailed() ? "mdi2c-check-circle-outline" : "mdi2a-alert-outline"));
        VBox box = content(headline);
        box.getChildren()
                .add(new Label(texts.get(
                        "sync.summary.counts",
                        result.created(),
                        result.alreadyPresent(),
                        result.failed(),
                        result.needsAttention())));
        if (!result.failures().isEmpty()) {
            ListView<String> reasons = new ListView<>();
            reasons.setId("sync-summary-failures");
            reasons.getItems().setAll(model.failureLines(result));
            reasons.setPrefHeight(160);
            box.getChildren().addAll(new Label(texts.get("sync.summary.retry_hint")), reasons);
        }
        Button close = new Button(texts.get("dialog.close"));
        close.setId("sync-summary-close");
        close.setDefaultButton(true);
        box.getChildren().add(buttons(close));
        summary = stage(SUMMARY_ID, texts.get("sync.summary.title"), box);
        close.setOnAction(e -> summary.close());
        summary.show();
    }

    private static VBox content(javafx.scene.Node... nodes) {
        VBox box = new VBox(12, nodes);
        box.getStyleClass().add("panel");
        box.setPrefWidth(480);
        return box;
    }

    private static HBox buttons(Button... buttons) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10);
        row.getChildren().add(spacer);
        row.getChildren().addAll(buttons);
        ButtonBar.setButtonData(row, ButtonType.OK.getButtonData());
        return row;
    }

    private Stage stage(String id, String title, VBox content) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(title);
        content.setId(id);
        stage.setScene(Theme.style(new Scene(content)));
        stage.setResizable(false);
        return stage;
    }
}
