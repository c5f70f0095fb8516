package id.sistemparkir.app.cli;

import id.sistemparkir.app.logging.FileLogging;
import id.sistemparkir.desktop.admin.AdminShell;
import id.sistemparkir.desktop.lane.DesktopLauncher;
import id.sistemparkir.desktop.lane.DesktopOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parkir admin}: the SimpleParkingAdmin window on its own, against a server elsewhere. */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Opens SimpleParkingAdmin, the back office (SUPERVISOR or ADMIN login): live dashboard, "
                + "duplicates, money to check, tariffs, users, reports.")
final class AdminWindowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DesktopOptionsMixin desktop;

    @Override
    public Integer call() throws InterruptedException {
        if (DesktopOptionsMixin.displayMissing(spec.commandLine().getErr())) {
            return 1;
        }
        DesktopOptions options = desktop.options();
        FileLogging.toDirectory(
                options.dataDirFor(options.stationOr(AdminShell.STATION)).resolve("logs"), "admin");
        DesktopLauncher.runUntilClosed(stage -> AdminShell.open(options, stage));
        return 0;
    }
}
