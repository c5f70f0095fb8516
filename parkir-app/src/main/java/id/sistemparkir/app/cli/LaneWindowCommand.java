package id.sistemparkir.app.cli;

import id.sistemparkir.app.logging.FileLogging;
import id.sistemparkir.desktop.gatein.ParkingInApp;
import id.sistemparkir.desktop.gateout.ParkingOutApp;
import id.sistemparkir.desktop.lane.DesktopLauncher;
import id.sistemparkir.desktop.lane.DesktopOptions;
import id.sistemparkir.desktop.lane.LaneApp;
import id.sistemparkir.desktop.lane.LaneShell;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parkir in} and {@code parkir out}: one lane window on its own. */
abstract class LaneWindowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DesktopOptionsMixin desktop;

    abstract LaneApp app();

    @Override
    public Integer call() throws InterruptedException {
        if (DesktopOptionsMixin.displayMissing(spec.commandLine().getErr())) {
            return 1;
        }
        DesktopOptions options = desktop.options();
        LaneApp app = app();
        String station = options.stationOr(app.defaultStation());
        FileLogging.toDirectory(options.dataDirFor(station).resolve("logs"), "lane");
        DesktopLauncher.runUntilClosed(stage -> LaneShell.open(app, options, stage));
        return 0;
    }

    @Command(
            name = "in",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Opens ParkingIN, the entry lane window (works offline when the server is down).")
    static final class In extends LaneWindowCommand {
        @Override
        LaneApp app() {
            return ParkingInApp.app();
        }
    }

    @Command(
            name = "out",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Opens ParkingOut, the exit lane window: tickets, fees, payment, shifts.")
    static final class Out extends LaneWindowCommand {
        @Override
        LaneApp app() {
            return ParkingOutApp.app();
        }
    }
}
