package id.sistemparkir.desktop.sync;

import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.PendingRecord;
import id.sistemparkir.client.status.LaneStatus;
import id.sistemparkir.client.status.LaneStatusTracker;
import id.sistemparkir.client.sync.SyncEngine;
import id.sistemparkir.client.sync.SyncFailure;
import id.sistemparkir.client.sync.SyncInProgressException;
import id.sistemparkir.client.sync.SyncProgress;
import id.sistemparkir.client.sync.SyncSummary;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.Tasks;
import id.sistemparkir.desktop.common.Texts;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The seed's sync flow: when the indicator turns green with records waiting, ask "N data offline — Sinkronkan sekarang
 * / Nanti" ({@link #promptProperty()}); sync one by one with progress (record n of m, its plate and time); end with a
 * summary (sent / already present / failed, with reasons). "Sinkronisasi Data" starts the same at any time; records
 * the server refused are listed with their reason and can be put back in the queue or set aside with a reason.
 */
public final class SyncViewModel {

    /** A record that needs attention, as the list shows it. */
    public record AttentionItem(PendingRecord record, String kind, String plate, String time, String reason) {}

    private final SyncEngine engine;
    private final OfflineStore store;
    private final Tasks tasks;
    private final Texts texts;
    private final Formats formats;

    /** The pending count to ask about; 0 = no question open. */
    private final IntegerProperty prompt = new SimpleIntegerProperty();

    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty currentRecord = new SimpleStringProperty("");
    private final ObjectProperty<SyncSummary> summary = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<AttentionItem> attention = FXCollections.observableArrayList();
    private Tasks.Running job;

    public SyncViewModel(
            SyncEngine engine,
            OfflineStore store,
            LaneStatusTracker status,
            Tasks tasks,
            Texts texts,
            Formats formats) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.store = Objects.requireNonNull(store, "store");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.formats = Objects.requireNonNull(formats, "formats");
        status.addListener((before, now) -> tasks.onUi(() -> statusChanged(before, now)));
    }

    /** The switch back to green with records waiting asks once per switch (not while a sync runs). */
    void statusChanged(LaneStatus before, LaneStatus now) {
        boolean turnedGreen = !before.connected() && now.connected();
        if (turnedGreen && now.pending() > 0 && !running.get() && !now.sync().running()) {
            prompt.set(now.pending());
        }
    }

    /** "Nanti": the records stay; "Sinkronisasi Data" in the menu sends them later. */
    public void later() {
        prompt.set(0);
    }

    /** "Sinkronkan sekarang", or the menu's "Sinkronisasi Data". */
    public void syncNow() {
        prompt.set(0);
        if (running.get()) {
            return;
        }
        summary.set(null);
        error.set("");
        running.set(true);
        progress.set(0);
        progressText.set(texts.get("sync.progress.starting"));
        currentRecord.set("");
        job = tasks.submit(
                "sync",
                () -> engine.syncAll(p -> tasks.onUi(() -> progressed(p))),
                result -> {
                    running.set(false);
                    summary.set(result);
                },
                failure -> {
                    running.set(false);
                    error.set(
                            failure instanceof SyncInProgressException
                                    ? texts.get("sync.in_progress")
                                    : texts.get("sync.error", failure.getMessage()));
                });
    }

    /** Stops after the record being sent; what was not sent stays for later. */
    public void cancel() {
        if (job != null && running.get()) {
            job.cancel();
            running.set(false);
            error.set(texts.get("sync.cancelled"));
        }
    }

    private void progressed(SyncProgress p) {
        progress.set(p.total() == 0 ? 1 : (double) p.index() / p.total());
        progressText.set(texts.get("sync.progress.record", p.index(), p.total()));
        currentRecord.set(texts.get(
                "sync.progress.current",
                texts.get("record.kind." + p.kind()),
                p.plate() == null ? "-" : Formats.plate(p.plate()),
                formats.dateTime(p.deviceTime()),
                texts.get(p.text())));
    }

    /** The summary's lines: one per record that did not get through, with its reason. */
    public List<String> failureLines(SyncSummary result) {
        return result.failures().stream().map(this::failureLine).toList();
    }

    private String failureLine(SyncFailure failure) {
        return texts.get("record.kind." + failure.kind()) + " "
                + failure.id().toString().substring(0, 8) + ": " + texts.get(failure.text());
    }

    /** Loads the needs-attention list (in the background). */
    public void loadAttention() {
        tasks.submit(
                "needs-attention",
                () -> store.needsAttention().stream().map(this::item).toList(),
                attention::setAll,
                failure -> error.set(texts.get("sync.error", failure.getMessage())));
    }

    private AttentionItem item(PendingRecord record) {
        String plate = record.isEntry()
                ? record.record().entry().plate()
                : record.record().exit().plate();
        return new AttentionItem(
                record,
                texts.get("record.kind." + record.kind()),
                plate == null ? "-" : Formats.plate(plate),
                formats.dateTime(record.deviceTime()),
                store.needsAttentionReason(record).orElse("-"));
    }

    /** Puts one refused record back in the queue (after the cause was fixed); the next sync sends it. */
    public void retry(AttentionItem item) {
        tasks.submit(
                "retry",
                () -> {
                    store.retryNeedsAttention(item.record().id());
                    return null;
                },
                ignored -> loadAttention(),
                failure -> error.set(texts.get("sync.error", failure.getMessage())));
    }

    /**
     * Sets one refused record aside for good, with the operator's reason (e.g. a time the server will always refuse):
     * kept in {@code needs-attention/set-aside/}, never sent again nor deleted, reported to the server's sync log at
     * the next sync for the back office. A blank reason is refused here, before anything moves.
     */
    public void setAside(AttentionItem item, String reason) {
        if (reason == null || reason.isBlank()) {
            error.set(texts.get("attention.set_aside.reason_needed"));
            return;
        }
        error.set("");
        tasks.submit(
                "set-aside",
                () -> store.setAside(item.record().id(), reason.strip()),
                ignored -> loadAttention(),
                failure -> error.set(texts.get("sync.error", failure.getMessage())));
    }

    public IntegerProperty promptProperty() {
        return prompt;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty currentRecordProperty() {
        return currentRecord;
    }

    public ObjectProperty<SyncSummary> summaryProperty() {
        return summary;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<AttentionItem> attention() {
        return attention;
    }
}
