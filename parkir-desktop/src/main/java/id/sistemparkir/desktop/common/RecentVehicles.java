package id.sistemparkir.desktop.common;

import id.sistemparkir.client.lane.InsideCache;
import id.sistemparkir.client.realtime.RealtimeListener;
import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.core.contract.RealtimeFrame;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.vehicle.VehicleType;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live lists of a lane window: the latest entries or exits of ALL lanes as the realtime stream tells them, and the
 * vehicles inside per class (from the lane's cache of vehicles inside, which the same stream keeps current).
 */
public final class RecentVehicles implements RealtimeListener {

    private static final Logger log = LoggerFactory.getLogger(RecentVehicles.class);

    public static final int MAX_ROWS = 50;

    /** One line of the list. */
    public record Row(String time, String plate, String vehicle, String gate, String detail, SessionView session) {}

    private final Set<String> events;
    private final InsideCache inside;
    private final Tasks tasks;
    private final Texts texts;
    private final Formats formats;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final Map<VehicleType, IntegerProperty> occupancy = new EnumMap<>(VehicleType.class);

    /**
     * @param events what the list shows: entries for ParkingIN; entries and exits (all the gates' activity) for
     *     ParkingOut
     */
    public RecentVehicles(Set<String> events, InsideCache inside, Tasks tasks, Texts texts, Formats formats) {
        this.events = Set.copyOf(events);
        this.inside = Objects.requireNonNull(inside, "inside");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.formats = Objects.requireNonNull(formats, "formats");
        for (VehicleType type : VehicleType.values()) {
            occupancy.put(type, new SimpleIntegerProperty());
        }
    }

    @Override
    public void onEvent(RealtimeFrame.Event frame) {
        boolean vehicleEvent =
                EventNames.VEHICLE_ENTERED.equals(frame.event()) || EventNames.VEHICLE_EXITED.equals(frame.event());
        if (!vehicleEvent) {
            return;
        }
        Map<VehicleType, Integer> counts = countInside();
        SessionView session = null;
        if (events.contains(frame.event())) {
            try {
                session = Json.lenientMapper().treeToValue(frame.data(), SessionView.class);
            } catch (IOException | IllegalArgumentException e) {
                log.warn("Event {} without a session: {}", frame.seq(), e.getMessage());
            }
        }
        SessionView shown = session;
        tasks.onUi(() -> {
            counts.forEach((type, n) -> occupancy.get(type).set(n));
            if (shown != null) {
                add(shown);
            }
        });
    }

    /** This lane's own transaction, shown at once (also offline, when no event comes). */
    public void addLocal(SessionView session) {
        tasks.onUi(() -> add(session));
        refreshOccupancy();
    }

    /** Counts the vehicles inside again (at start, after a local transaction), off the UI thread. */
    public void refreshOccupancy() {
        tasks.submit(
                "occupancy",
                this::countInside,
                counts -> counts.forEach((type, n) -> occupancy.get(type).set(n)),
                failure -> log.warn("Cannot count the vehicles inside: {}", failure.toString()));
    }

    private void add(SessionView s) {
        rows.removeIf(row -> row.session().id().equals(s.id()));
        boolean exit = "EXITED".equals(s.status());
        String offline = s.offlineEntry() || s.offlineExit() ? " " + texts.get("recent.offline") : "";
        String detail = (exit
                        ? texts.get("recent.exited", Formats.money(s.fee() == null ? 0 : s.fee()))
                        : texts.get("recent.entered"))
                + offline;
        rows.add(
                0,
                new Row(
                        formats.time(exit ? s.exitTime() : s.entryTime()),
                        s.plateDisplay() == null ? "-" : s.plateDisplay(),
                        texts.vehicle(s.vehicleType()),
                        exit ? s.exitGate() : s.entryGate(),
                        detail,
                        s));
        if (rows.size() > MAX_ROWS) {
            rows.remove(MAX_ROWS, rows.size());
        }
    }

    private Map<VehicleType, Integer> countInside() {
        Map<VehicleType, Integer> counts = new EnumMap<>(VehicleType.class);
        for (VehicleType type : VehicleType.values()) {
            counts.put(type, 0);
        }
        List<SessionView> all = inside.byPlatePrefix("");
        all.forEach(s -> counts.merge(s.vehicleType(), 1, Integer::sum));
        return counts;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public IntegerProperty occupancy(VehicleType type) {
        return occupancy.get(type);
    }
}
