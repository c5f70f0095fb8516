package id.sistemparkir.app.cli;

import ch.qos.logback.classic.Level;
import id.sistemparkir.app.logging.FileLogging;
import id.sistemparkir.client.LaneConfig;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the lane commands that talk to the Server: its address, the gate and the credentials, plus the station. */
final class LaneOptions {

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "Server URL (default ${DEFAULT-VALUE}).",
            defaultValue = "${env:PARKIR_SERVER:-http://localhost:8181}")
    String server;

    @Option(names = "--gate", paramLabel = "CODE", description = "Gate code printed on tickets (default: the station).")
    String gate;

    @Option(
            names = "--user",
            paramLabel = "USER",
            defaultValue = "${env:PARKIR_USER}",
            description = "Operator login (or PARKIR_USER).")
    String user;

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            defaultValue = "${env:PARKIR_PASSWORD}",
            description = "Prefer PARKIR_PASSWORD: a flag shows in the process list.")
    String password;

    @Mixin
    StationOptions where;

    @Option(
            names = "--offline-login-days",
            paramLabel = "DAYS",
            defaultValue = "${env:PARKIR_OFFLINE_LOGIN_DAYS:-7}",
            description = "While the server is down, an operator who logged in here online within this many days may"
                    + " work offline (1-365, default ${DEFAULT-VALUE}).")
    int offlineLoginDays;

    boolean json() {
        return where.json;
    }

    LaneConfig config(String app) {
        Path dir = where.resolveDataDir();
        String gateCode = gate != null ? gate : where.station;
        return new LaneConfig(
                server,
                dir,
                where.station,
                gateCode,
                "Sistem Parkir Modern",
                where.zone,
                user,
                password,
                app,
                offlineLoginDays);
    }

    /** Lane commands log to {@code <data-dir>/logs/lane.log} (DESIGN §6); the console shows warnings and errors. */
    void startLogging(LaneConfig config) {
        FileLogging.toDirectory(config.dataDir().resolve("logs"), "lane");
        // The operator reads results on stdout; the details are in lane.log, only trouble on the console.
        FileLogging.consoleAtLeast(Level.WARN);
    }
}
