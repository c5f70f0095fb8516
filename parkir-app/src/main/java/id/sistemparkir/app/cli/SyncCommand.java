package id.sistemparkir.app.cli;

import id.sistemparkir.client.ConnectResult;
import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.sync.SyncInProgressException;
import id.sistemparkir.client.sync.SyncProgress;
import id.sistemparkir.client.sync.SyncSummary;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

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
        AtomicBoolean finished = new AtomicBoolean();
        Thread onCtrlC = new Thread(() -> interrupted(config, finished, out, err), "parkir-sync-interrupted");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try (LaneDeviceSetup devices = new LaneDeviceSetup(config);
                LaneClient client = LaneClient.open(config, LaneDevices.of(devices.devices()), Clock.systemUTC())) {
            ConnectResult login = client.connectForCommand();
            LaneText.requireNotRefused(login);
            if (!login.connected() && !lane.json()) {
                err.println("parkir: " + LaneText.text("cli.error.unreachable", config.serverUrl()));
            }
            SyncSummary summary = client.syncEngine().syncAll(p -> {
                if (!lane.json()) {
                    out.println(progressLine(p, config.zone()));
                }
            });
            finished.set(true);
            LaneOutput.print(
                    out,
                    lane.json(),
                    summary,
                    LaneText.text(
                            "cli.sync.summary",
                            summary.created(),
                            summary.alreadyPresent(),
                            summary.failed(),
                            summary.needsAttention()));
            return summary.nothingFailed() ? CliError.OK : CliError.FAILED;
        } catch (SyncInProgressException e) {
            finished.set(true);
            return CliError.report(
                    out,
                    err,
                    lane.json(),
                    "sync_in_progress",
                    LaneText.text("cli.error.sync_in_progress", config.dataDir()),
                    CliError.FAILED);
        } finally {
            finished.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C came in meanwhile: the hook runs and says what is left.
            }
        }
    }

    /** {@code [3/80] masuk B 1234 XYZ 25-11-2026 08:15:00: Terkirim} — what the operator recognises, no record id. */
    static String progressLine(SyncProgress p, ZoneId zone) {
        return LaneText.text(
                "cli.sync.progress",
                p.index(),
                p.total(),
                LaneText.text("cli.sync.kind." + p.kind()),
                p.plate() == null ? "-" : p.plate(),
                p.deviceTime() == null ? "-" : LOCAL_TIME.format(p.deviceTime().atZone(zone)),
                p.text() == null ? p.outcome().toString() : LaneText.of(p.text()));
    }

    /** Ctrl-C: the JVM exits 130; say how many records are still on disk (the outbox is the truth). */
    private static void interrupted(LaneConfig config, AtomicBoolean finished, PrintWriter out, PrintWriter err) {
        if (finished.get()) {
            return;
        }
        int left = new OfflineStore(config.dataDir(), Clock.systemUTC(), config.zone()).pendingCount();
        err.println("parkir: " + LaneText.text("cli.sync.interrupted", left));
        err.flush();
        out.flush();
    }
}
