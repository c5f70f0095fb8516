package id.sistemparkir.desktop.gatein;

import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.desktop.common.RecentVehicles;
import id.sistemparkir.desktop.lane.LaneApp;
import id.sistemparkir.desktop.lane.LaneContent;
import id.sistemparkir.desktop.lane.LaneContext;
import java.util.Set;

/** ParkingIN, the entry lane: its wiring on top of the lane shell. */
public final class ParkingInApp {

    public static final String APP = "ParkingIN";

    private ParkingInApp() {}

    public static LaneApp app() {
        return new LaneApp(APP, "IN1", "mdi2a-arrow-right-bold-box-outline", ParkingInApp::content);
    }

    static LaneContent content(LaneContext c) {
        RecentVehicles recent = new RecentVehicles(
                Set.of(EventNames.VEHICLE_ENTERED), c.client().inside(), c.tasks(), c.texts(), c.formats());
        c.live().realtime().addListener(recent);
        recent.refreshOccupancy();
        GateInViewModel model = new GateInViewModel(
                c.client().entryLane(),
                c.client().inside(),
                c.devices().camera(),
                recent,
                c.tasks(),
                c.texts(),
                c.formats(),
                c.clock(),
                c.client().config().gate());
        GateInView view = new GateInView(model, recent, c.texts());
        return new LaneContent(view.root(), view::focusPlate, c.texts().get("gatein.hints"));
    }
}
