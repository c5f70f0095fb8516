package id.sistemparkir.desktop.shift;

import id.sistemparkir.client.shift.LaneShift;
import id.sistemparkir.core.contract.ShiftTransaction;
import id.sistemparkir.core.contract.ShiftView;
import id.sistemparkir.desktop.common.Amounts;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.Tasks;
import id.sistemparkir.desktop.common.Texts;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Tutup Shift": the shift's transactions and the cash expected, the cash counted typed in, the difference shown as it
 * is typed; closing records it on the server and prints the report. Records still waiting offline are pointed out
 * first (they belong to this shift but the server does not have them yet).
 */
public final class ShiftCloseViewModel {

    private final LaneShift shift;
    private final Tasks tasks;
    private final Texts texts;
    private final Formats formats;
    private final int pendingOffline;

    private final ObjectProperty<ShiftView> current = new SimpleObjectProperty<>();
    private final ObservableList<ShiftTransaction> transactions = FXCollections.observableArrayList();
    private final StringProperty counted = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final LongProperty difference = new SimpleLongProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<ShiftView> closed = new SimpleObjectProperty<>();
    private final StringProperty printWarning = new SimpleStringProperty("");

    public ShiftCloseViewModel(LaneShift shift, Tasks tasks, Texts texts, Formats formats, int pendingOffline) {
        this.shift = Objects.requireNonNull(shift, "shift");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.pendingOffline = pendingOffline;
        counted.addListener((obs, before, now) -> updateDifference());
        current.addListener((obs, before, now) -> updateDifference());
    }

    /** Loads the open shift with its figures until now, and its transactions. */
    public void load() {
        busy.set(true);
        tasks.submit(
                "shift-load",
                () -> new Loaded(shift.refresh(), shift.transactions()),
                loaded -> {
                    busy.set(false);
                    current.set(loaded.shift());
                    transactions.setAll(loaded.transactions());
                },
                this::failed);
    }

    private record Loaded(ShiftView shift, List<ShiftTransaction> transactions) {}

    public BooleanBinding canClose() {
        return Bindings.createBooleanBinding(
                () -> current.get() != null && !busy.get() && closed.get() == null && countedAmount() >= 0,
                current,
                busy,
                closed,
                counted);
    }

    public void close() {
        if (!canClose().get()) {
            return;
        }
        long cash = countedAmount();
        String text = note.get().isBlank() ? null : note.get().strip();
        busy.set(true);
        error.set("");
        tasks.submit(
                "shift-close",
                () -> shift.close(cash, text),
                result -> {
                    busy.set(false);
                    closed.set(result.shift());
                    result.printWarning().ifPresent(w -> printWarning.set(texts.get(w)));
                },
                this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(texts.problem(failure));
    }

    private void updateDifference() {
        ShiftView shown = current.get();
        long expected = shown == null ? 0 : shown.summary().cashExpected();
        difference.set(Math.max(0, countedAmount()) - expected);
    }

    /** The cash typed, in rupiah (dots and "Rp" allowed); -1 when nothing valid was typed. */
    long countedAmount() {
        return Amounts.parse(counted.get()).orElse(-1);
    }

    /** A warning when records of this lane still wait offline (their cash is not in the expected figure yet). */
    public String pendingWarning() {
        return pendingOffline > 0 ? texts.get("shift.pending_offline", pendingOffline) : "";
    }

    public String transactionLine(ShiftTransaction t) {
        return texts.get(
                "shift.transaction",
                formats.time(t.exitTime()),
                t.plateDisplay(),
                texts.vehicle(t.vehicleType()),
                t.paymentMethod(),
                Formats.money(t.fee()));
    }

    public ObjectProperty<ShiftView> currentProperty() {
        return current;
    }

    public ObservableList<ShiftTransaction> transactions() {
        return transactions;
    }

    public StringProperty countedProperty() {
        return counted;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public LongProperty differenceProperty() {
        return difference;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<ShiftView> closedProperty() {
        return closed;
    }

    public StringProperty printWarningProperty() {
        return printWarning;
    }
}
