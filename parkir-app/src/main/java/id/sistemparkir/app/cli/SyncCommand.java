package id.sistemparkir.app.cli;

import id.sistemparkir.client.ConnectResult;
import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.client.sync.SyncInProgressException;
import id.sistemparkir.client.sync.SyncSummary;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parkir sync}: sends the offline records one by one and prints the summary; exit 0 only if none failed. */
@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Synchronises the offline records (Sinkronisasi Data): one by one, with progress and a summary.")
final class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LaneOptions lane;

    @Override
    public Integer call() {
        LaneConfig config = lane.config("ParkingIN");
        lane.startLogging(config);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (LaneDeviceSetup devices = new LaneDeviceSetup(config);
                LaneClient client = LaneClient.open(config, LaneDevices.of(devices.devices()), Clock.systemUTC())) {
            ConnectResult login = client.connectForCommand();
            LaneText.requireNotRefused(login);
            if (!login.connected()) {
                err.println("parkir: the server " + config.serverUrl() + " cannot be reached; records stay for later");
            }
            SyncSummary summary = client.syncEngine().syncAll(p -> {
                if (!lane.json) {
                    out.println("[" + p.index() + "/" + p.total() + "] " + p.kind() + " " + p.id() + ": " + p.outcome()
                            + (p.message() == null ? "" : " — " + p.message()));
                }
            });
            LaneOutput.print(
                    out,
                    lane.json,
                    summary,
                    "Selesai: " + summary.created() + " terkirim, "
                            + summary.alreadyPresent() + " sudah ada, " + summary.failed() + " gagal, "
                            + summary.needsAttention() + " perlu perhatian.");
            return summary.nothingFailed() ? 0 : 1;
        } catch (SyncInProgressException e) {
            err.println("parkir: another sync is running for " + config.dataDir());
            return 1;
        }
    }
}
