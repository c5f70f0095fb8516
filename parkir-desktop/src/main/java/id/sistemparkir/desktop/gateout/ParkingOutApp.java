package id.sistemparkir.desktop.gateout;

import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.desktop.common.RecentVehicles;
import id.sistemparkir.desktop.lane.LaneApp;
import id.sistemparkir.desktop.lane.LaneContent;
import id.sistemparkir.desktop.lane.LaneContext;
import java.util.Set;

/** ParkingOut, the exit lane: its wiring on top of the lane shell. */
public final class ParkingOutApp {

    public static final String APP = "ParkingOut";

    private ParkingOutApp() {}

    public static LaneApp app() {
        return new LaneApp(APP, "OUT1", "mdi2a-arrow-left-bold-box-outline", ParkingOutApp::content);
    }

    static LaneContent content(LaneContext c) {
        RecentVehicles recent = new RecentVehicles(
                Set.of(EventNames.VEHICLE_ENTERED, EventNames.VEHICLE_EXITED),
                c.client().inside(),
                c.tasks(),
                c.texts(),
                c.formats());
        c.live().realtime().addListener(recent);
        recent.refreshOccupancy();
        GateOutViewModel model = new GateOutViewModel(
                c.client().exitLane(),
                c.client().session(),
                c.client().offline(),
                c.devices().camera(),
                recent,
                c.tasks(),
                c.texts(),
                c.formats(),
                c.clock(),
                c.client().config().gate());
        GateOutView view = new GateOutView(model, recent, c.texts(), c.formats());
        return new LaneContent(view.root(), view::focusTicket, c.texts().get("gateout.hints"));
    }
}
