package id.sistemparkir.desktop.gateout;

import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.camera.Camera;
import id.sistemparkir.client.device.camera.CaptureRequest;
import id.sistemparkir.client.lane.ExitLane;
import id.sistemparkir.client.lane.ExitOutcome;
import id.sistemparkir.client.lane.ExitQuote;
import id.sistemparkir.client.lane.SessionChoiceNeeded;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.PhotoKind;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.desktop.common.Amounts;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.RecentVehicles;
import id.sistemparkir.desktop.common.Tasks;
import id.sistemparkir.desktop.common.Texts;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * ParkingOut: a scanned or typed ticket (keyboard-wedge scanners type and press Enter), or a plate search among the
 * vehicles inside (lost ticket: choose among the candidates, the penalty is added), prices the stay; the operator takes
 * cash (change computed) or a non-cash payment, or lets the car out as unable to collect; the receipt prints and the
 * barrier opens. A lookup waiting for a slow server can be cancelled (Esc); a payment never is.
 */
public final class GateOutViewModel {

    private final ExitLane lane;
    /** A typed short code that named several vehicles: the candidate chosen is looked up with it (decision 0016). */
    private String ambiguousCode;

    private final AuthSession session;
    private final OfflineStore offline;
    private final Camera camera;
    private final RecentVehicles recent;
    private final Tasks tasks;
    private final Texts texts;
    private final Formats formats;
    private final Clock clock;
    private final String gate;

    private final StringProperty ticket = new SimpleStringProperty("");
    private final StringProperty plateSearch = new SimpleStringProperty("");
    private final BooleanProperty lostTicket = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<ExitQuote> quote = new SimpleObjectProperty<>();
    private final ObservableList<SessionView> candidates = FXCollections.observableArrayList();
    private final StringProperty method = new SimpleStringProperty("CASH");
    private final StringProperty received = new SimpleStringProperty("");
    private final LongProperty change = new SimpleLongProperty();
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty resultOffline = new SimpleBooleanProperty();
    private final ObjectProperty<byte[]> entryPhoto = new SimpleObjectProperty<>();
    private final ObjectProperty<byte[]> exitPhoto = new SimpleObjectProperty<>();
    private Tasks.Running lookup;

    public GateOutViewModel(
            ExitLane lane,
            AuthSession session,
            OfflineStore offline,
            Camera camera,
            RecentVehicles recent,
            Tasks tasks,
            Texts texts,
            Formats formats,
            Clock clock,
            String gate) {
        this.lane = Objects.requireNonNull(lane, "lane");
        this.session = Objects.requireNonNull(session, "session");
        this.offline = Objects.requireNonNull(offline, "offline");
        this.camera = Objects.requireNonNull(camera, "camera");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.gate = Objects.requireNonNull(gate, "gate");
        received.addListener((obs, before, now) -> change.set(Math.max(0, receivedAmount() - fee())));
        quote.addListener((obs, before, now) -> change.set(Math.max(0, receivedAmount() - fee())));
    }

    /** Enter in the ticket field: find and price the ticket. */
    public void lookupTicket() {
        String code = ticket.get().strip();
        if (code.isEmpty() || busy.get()) {
            return;
        }
        boolean lost = lostTicket.get();
        start();
        lookup = tasks.submit("ticket-lookup", () -> lane.quoteTicket(code, lost), this::quoted, failure -> {
            if (failure instanceof SessionChoiceNeeded choice) {
                // Two vehicles inside share the short code: offer both, like a plate search, for the operator to pick.
                ambiguousCode = code;
                candidates.setAll(choice.candidates());
            }
            failed(failure);
        });
    }

    /** The payment methods offered: the garage's set as this lane last heard it (built-in ones first). */
    public List<String> methods() {
        return lane.paymentMethods();
    }

    /** Lost ticket or no ticket: the vehicles inside whose plate starts with the text (server, else the cache). */
    public void searchPlate() {
        String text = plateSearch.get().strip();
        if (text.isEmpty() || busy.get()) {
            return;
        }
        start();
        lookup = tasks.submit(
                "plate-search",
                () -> lane.findByPlate(text),
                found -> {
                    busy.set(false);
                    candidates.setAll(found);
                    if (found.isEmpty()) {
                        error.set(texts.get("gateout.no_candidates", text));
                    }
                },
                this::failed);
    }

    /** A candidate chosen from the plate search (the lost-ticket penalty added when the ticket is lost). */
    public void choose(SessionView candidate) {
        if (candidate == null || busy.get()) {
            return;
        }
        boolean lost = lostTicket.get();
        String code = ambiguousCode;
        start();
        lookup = tasks.submit(
                "quote",
                () -> code != null ? lane.quoteTicket(code, lost, candidate.id()) : lane.quoteSession(candidate, lost),
                this::quoted,
                this::failed);
    }

    /** Esc: stop waiting for the server (the lookup is cancelled, not priced offline), or clear for the next car. */
    public void cancelOrClear() {
        if (lookup != null && !lookup.done() && busy.get()) {
            lookup.cancel();
            busy.set(false);
            error.set(texts.get("gateout.cancelled"));
            return;
        }
        reset();
        result.set("");
    }

    private void start() {
        ambiguousCode = null;
        busy.set(true);
        error.set("");
        result.set("");
        candidates.clear();
    }

    private void quoted(ExitQuote priced) {
        busy.set(false);
        quote.set(priced);
        received.set("");
        method.set("CASH");
        exitPhoto.set(null);
        entryPhoto.set(null);
        tasks.submit("exit-photo", this::snapshot, jpeg -> exitPhoto.set(jpeg.orElse(null)), ignored -> {});
        tasks.submit(
                "entry-photo", () -> entryPhotoOf(priced), jpeg -> entryPhoto.set(jpeg.orElse(null)), ignored -> {});
    }

    private Optional<byte[]> snapshot() {
        try {
            ExitQuote q = quote.get();
            return Optional.of(
                    camera.capture(new CaptureRequest(gate, q == null ? null : q.plateDisplay(), clock.instant())));
        } catch (DeviceException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The entry photo: this PC's copy if it took it, else the server's (none offline). */
    private Optional<byte[]> entryPhotoOf(ExitQuote priced) {
        Optional<byte[]> local = offline.photo(priced.sessionId(), PhotoKind.MASUK);
        if (local.isPresent()) {
            return local;
        }
        ApiResult<byte[]> fromServer = session.call(api -> api.photo(priced.sessionId()));
        return Optional.ofNullable(fromServer.bodyOrNull());
    }

    /** Takes the payment and lets the car out. */
    public void pay() {
        ExitQuote priced = quote.get();
        if (priced == null || busy.get() || !canPay().get()) {
            return;
        }
        String chosen = method.get();
        long paid = "CASH".equals(chosen) ? receivedAmount() : priced.fee();
        record(priced, paid, chosen);
    }

    /** The non-cash payment failed: the car leaves, the amount owed is recorded for the back office. */
    public void unableToCollect() {
        ExitQuote priced = quote.get();
        if (priced != null && !busy.get()) {
            record(priced, 0, ExitLane.UNABLE_TO_COLLECT);
        }
    }

    private void record(ExitQuote priced, long paid, String chosen) {
        busy.set(true);
        error.set("");
        tasks.submit("exit", () -> lane.exit(priced, paid, chosen), this::exited, this::failed);
    }

    private void exited(ExitOutcome o) {
        busy.set(false);
        StringBuilder text = new StringBuilder(texts.get(
                ExitLane.UNABLE_TO_COLLECT.equals(o.paymentMethod())
                        ? "gateout.done.unable"
                        : (o.offline() ? "gateout.done.offline" : "gateout.done.online"),
                Formats.money(o.fee()),
                Formats.money(o.change())));
        o.warnings().forEach(w -> text.append('\n').append(texts.get(w)));
        result.set(text.toString());
        resultOffline.set(o.offline());
        ExitQuote priced = quote.get();
        recent.addLocal(new SessionView(
                o.entryId(),
                o.ticketCode(),
                o.plate(),
                priced.plateDisplay(),
                priced.vehicleType(),
                "EXITED",
                null,
                priced.entryTime(),
                o.gate(),
                o.exitTime(),
                o.fee(),
                o.paid(),
                false,
                false,
                o.offline()));
        reset();
    }

    private void reset() {
        quote.set(null);
        ticket.set("");
        plateSearch.set("");
        lostTicket.set(false);
        received.set("");
        candidates.clear();
        entryPhoto.set(null);
        exitPhoto.set(null);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(texts.problem(failure));
    }

    /** Cash needs enough received; a non-cash method is taken as the fee. */
    public BooleanBinding canPay() {
        return Bindings.createBooleanBinding(
                () -> quote.get() != null && !busy.get() && (!"CASH".equals(method.get()) || receivedAmount() >= fee()),
                quote,
                busy,
                method,
                received);
    }

    /** The amount typed, in rupiah; dots and "Rp" are allowed, anything else counts as nothing. */
    long receivedAmount() {
        return Amounts.parse(received.get()).orElse(0);
    }

    private long fee() {
        return quote.get() == null ? 0 : quote.get().fee();
    }

    public String describeSource(ExitQuote q) {
        return texts.get("gateout.source." + q.source());
    }

    public String duration(ExitQuote q) {
        return formats.duration(q.entryTime(), q.exitTime());
    }

    public StringProperty ticketProperty() {
        return ticket;
    }

    public StringProperty plateSearchProperty() {
        return plateSearch;
    }

    public BooleanProperty lostTicketProperty() {
        return lostTicket;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<ExitQuote> quoteProperty() {
        return quote;
    }

    public ObservableList<SessionView> candidates() {
        return candidates;
    }

    public StringProperty methodProperty() {
        return method;
    }

    public StringProperty receivedProperty() {
        return received;
    }

    public LongProperty changeProperty() {
        return change;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public BooleanProperty resultOfflineProperty() {
        return resultOffline;
    }

    public ObjectProperty<byte[]> entryPhotoProperty() {
        return entryPhoto;
    }

    public ObjectProperty<byte[]> exitPhotoProperty() {
        return exitPhoto;
    }
}
