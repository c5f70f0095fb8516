package id.sistemparkir.app.cli;

import id.sistemparkir.app.logging.FileLogging;
import id.sistemparkir.client.LaneConfig;
import java.nio.file.Path;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** Options every lane command shares (DESIGN §3): server, data dir, station, credentials, machine output. */
final class LaneOptions {

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "Server URL (default ${DEFAULT-VALUE}).",
            defaultValue = "${env:PARKIR_SERVER:-http://localhost:8181}")
    String server;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Lane data directory (default ./parkir-data/<station>).")
    Path dataDir;

    @Option(
            names = "--station",
            paramLabel = "CODE",
            description = "Station code (default ${DEFAULT-VALUE}).",
            defaultValue = "${env:PARKIR_STATION:-LANE1}")
    String station;

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

    @Option(
            names = "--zone",
            defaultValue = "Asia/Jakarta",
            converter = ZoneConverter.class,
            description = "Local time zone (default ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(
            names = "--offline-login-days",
            paramLabel = "DAYS",
            defaultValue = "${env:PARKIR_OFFLINE_LOGIN_DAYS:-7}",
            description = "While the server is down, an operator who logged in here online within this many days may"
                    + " work offline (1-365, default ${DEFAULT-VALUE}).")
    int offlineLoginDays;

    @Option(names = "--json", description = "Machine output (JSON).")
    boolean json;

    LaneConfig config(String app) {
        Path dir = dataDir != null ? dataDir : Path.of("parkir-data", station);
        String gateCode = gate != null ? gate : station;
        return new LaneConfig(
                server, dir, station, gateCode, "Sistem Parkir Modern", zone, user, password, app, offlineLoginDays);
    }

    /** Lane commands log to {@code <data-dir>/logs/lane.log} (DESIGN §6) besides the console. */
    void startLogging(LaneConfig config) {
        FileLogging.toDirectory(config.dataDir().resolve("logs"), "lane");
    }
}
