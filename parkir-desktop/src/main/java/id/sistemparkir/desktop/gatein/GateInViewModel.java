package id.sistemparkir.desktop.gatein;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.camera.Camera;
import id.sistemparkir.client.device.camera.CaptureRequest;
import id.sistemparkir.client.lane.EntryLane;
import id.sistemparkir.client.lane.EntryOutcome;
import id.sistemparkir.client.lane.InsideCache;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.plate.InvalidPlateException;
import id.sistemparkir.core.plate.Plate;
import id.sistemparkir.core.plate.Plates;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.RecentVehicles;
import id.sistemparkir.desktop.common.Tasks;
import id.sistemparkir.desktop.common.Texts;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * ParkingIN: the plate is normalised and checked while it is typed; one class key (F1 motor, F2 car, F3 truck) takes
 * the photo, records the entry (online, or offline when it must), shows the ticket and its QR, prints it and opens the
 * barrier. A plate already inside is warned about; a non-standard plate needs an explicit confirmation (F4).
 */
public final class GateInViewModel {

    /** The last entry as the operator sees it. */
    public record Issued(
            EntryOutcome outcome, String headline, String ticketCode, String details, List<String> warnings) {}

    private final EntryLane lane;
    private final InsideCache inside;
    private final Camera camera;
    private final RecentVehicles recent;
    private final Tasks tasks;
    private final Texts texts;
    private final Formats formats;
    private final Clock clock;
    private final String gate;

    private final StringProperty plate = new SimpleStringProperty("");
    private final StringProperty preview = new SimpleStringProperty("");
    private final BooleanProperty plateOk = new SimpleBooleanProperty();
    private final BooleanProperty nonStandard = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty insideWarning = new SimpleStringProperty("");
    private final ObjectProperty<Issued> issued = new SimpleObjectProperty<>();
    private final ObjectProperty<byte[]> photo = new SimpleObjectProperty<>();

    public GateInViewModel(
            EntryLane lane,
            InsideCache inside,
            Camera camera,
            RecentVehicles recent,
            Tasks tasks,
            Texts texts,
            Formats formats,
            Clock clock,
            String gate) {
        this.lane = Objects.requireNonNull(lane, "lane");
        this.inside = Objects.requireNonNull(inside, "inside");
        this.camera = Objects.requireNonNull(camera, "camera");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.gate = Objects.requireNonNull(gate, "gate");
        plate.addListener((obs, before, now) -> check());
        nonStandard.addListener((obs, before, now) -> check());
        check();
    }

    /** Live normalisation: {@code b1234xyz} shows as {@code B 1234 XYZ}; a plate already inside is warned about. */
    private void check() {
        String raw = plate.get();
        insideWarning.set("");
        if (raw.isBlank()) {
            preview.set(texts.get("gatein.plate.hint"));
            plateOk.set(false);
            return;
        }
        try {
            Plate parsed = nonStandard.get() ? Plates.nonStandard(raw) : Plates.parse(raw);
            preview.set(
                    nonStandard.get() ? texts.get("gatein.plate.non_standard", parsed.display()) : parsed.display());
            plateOk.set(true);
            List<SessionView> same = inside.byPlatePrefix(parsed.normalized()).stream()
                    .filter(s -> s.plate().equals(parsed.normalized()))
                    .toList();
            if (!same.isEmpty()) {
                insideWarning.set(texts.get(
                        "gatein.already_inside",
                        parsed.display(),
                        formats.dateTime(same.get(0).entryTime())));
            }
        } catch (InvalidPlateException e) {
            preview.set(
                    texts.get(nonStandard.get() ? "gatein.plate.invalid_any" : "gatein.plate.invalid", e.getMessage()));
            plateOk.set(false);
        }
    }

    /** A class key: records the entry for the typed plate. */
    public void enter(VehicleType type) {
        if (busy.get()) {
            return;
        }
        if (!plateOk.get()) {
            error.set(texts.get("gatein.fix_plate"));
            return;
        }
        String raw = plate.get();
        boolean confirmedNonStandard = nonStandard.get();
        error.set("");
        busy.set(true);
        // Never cancelled: the record id is made once and the lane finishes what it started (online or offline).
        tasks.submit(
                "entry",
                () -> {
                    Optional<byte[]> snapshot = snapshot(raw);
                    EntryOutcome outcome = lane.enter(raw, type, confirmedNonStandard, snapshot);
                    return new Done(outcome, snapshot.orElse(null));
                },
                this::entered,
                this::failed);
    }

    private record Done(EntryOutcome outcome, byte[] photo) {}

    private Optional<byte[]> snapshot(String plateHint) {
        try {
            return Optional.of(camera.capture(new CaptureRequest(gate, plateHint, clock.instant())));
        } catch (DeviceException | RuntimeException e) {
            return Optional.empty(); // the lane warns through the entry's own camera attempt
        }
    }

    private void entered(Done done) {
        busy.set(false);
        EntryOutcome o = done.outcome();
        photo.set(done.photo());
        List<String> warnings =
                new java.util.ArrayList<>(o.warnings().stream().map(texts::get).toList());
        if (o.suspectedDuplicate() || !insideWarning.get().isEmpty()) {
            warnings.add(0, texts.get("gatein.duplicate_warning", o.plateDisplay()));
        }
        issued.set(new Issued(
                o,
                texts.get(o.offline() ? "gatein.issued.offline" : "gatein.issued.online"),
                o.ticketCode() == null ? o.id().toString() : o.ticketCode(),
                texts.get(
                        "gatein.issued.details",
                        o.plateDisplay(),
                        texts.vehicle(o.vehicleType()),
                        o.gate(),
                        formats.time(o.entryTime())),
                warnings));
        recent.addLocal(new SessionView(
                o.id(),
                o.ticketCode(),
                o.plate(),
                o.plateDisplay(),
                o.vehicleType(),
                "ACTIVE",
                o.gate(),
                o.entryTime(),
                null,
                null,
                null,
                null,
                o.suspectedDuplicate(),
                o.offline(),
                false));
        plate.set("");
        nonStandard.set(false);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(texts.problem(failure));
    }

    /** Esc: a new car. */
    public void clear() {
        plate.set("");
        nonStandard.set(false);
        error.set("");
    }

    public StringProperty plateProperty() {
        return plate;
    }

    public StringProperty previewProperty() {
        return preview;
    }

    public BooleanProperty plateOkProperty() {
        return plateOk;
    }

    public BooleanProperty nonStandardProperty() {
        return nonStandard;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty insideWarningProperty() {
        return insideWarning;
    }

    public ObjectProperty<Issued> issuedProperty() {
        return issued;
    }

    public ObjectProperty<byte[]> photoProperty() {
        return photo;
    }
}
