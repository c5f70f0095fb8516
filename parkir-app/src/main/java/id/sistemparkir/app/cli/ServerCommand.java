package id.sistemparkir.app.cli;

import id.sistemparkir.app.logging.FileLogging;
import id.sistemparkir.server.ParkirServer;
import id.sistemparkir.server.ServerStartException;
import id.sistemparkir.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parkir server}: the headless Server (REST + WebSocket) until stopped with Ctrl+C or SIGTERM. */
@Command(
        name = "server",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs the Server: REST API and WebSocket on one port (default 8181).",
            "Without --db-url it uses the embedded H2 database under the data directory.",
            "Environment: PARKIR_PORT, PARKIR_DB_URL, PARKIR_DB_USER, PARKIR_DB_PASSWORD, PARKIR_DATA_DIR,",
            "PARKIR_ADMIN_PASSWORD (initial admin; else one is generated into <data-dir>/initial-admin-password.txt).",
            "Housekeeping: PARKIR_PENDING_EXIT_ALERT_AFTER, PARKIR_KEEP_REQUEST_IDS, PARKIR_KEEP_SYNC_LOG,",
            "PARKIR_KEEP_EVENT_LOG (durations: 30m, 12h, 90d).",
            "PARKIR_WAIT_FOR_DATABASE: how long a start waits for a database that does not answer yet (default 60s).",
            "Also read: <data-dir>/server.properties (port, db.url, db.user, db.password, db.wait, pending-exit.alert-after,",
            "retention.request-ids, retention.sync-log, retention.event-log); flags win over both."
        })
final class ServerCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServerCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "TCP port for REST and WebSocket (default 8181).")
    Integer port;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", description = "e.g. jdbc:mariadb://db-host:3306/parkir")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER")
    String dbUser;

    @Option(
            names = "--db-password",
            paramLabel = "PASSWORD",
            description = "Prefer PARKIR_DB_PASSWORD: a flag shows in the process list.")
    String dbPassword;

    @Option(
            names = "--wait-for-database",
            paramLabel = "DURATION",
            description = "Keep trying a database that does not answer yet, up to this long (default 60s; 0s = not).")
    String waitForDatabase;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Default <PARKIR_HOME>/server.")
    Path dataDir;

    @Option(
            names = "--token-ttl",
            paramLabel = "DURATION",
            description = "How long a login stays valid: 90m, 12h (default), 2d; 5 minutes to 30 days.")
    String tokenTtl;

    @Option(
            names = "--pending-exit-alert-after",
            paramLabel = "DURATION",
            description = "An exit waiting this long for its entry is an alert (default 30m).")
    String pendingExitAlertAfter;

    @Option(
            names = "--keep-request-ids",
            paramLabel = "DURATION",
            description = "Keep idempotency keys this long; cover the longest outbox a lane may hold (default 90d).")
    String keepRequestIds;

    @Option(names = "--keep-sync-log", paramLabel = "DURATION", description = "Keep the sync log (default 180d).")
    String keepSyncLog;

    @Option(
            names = "--keep-event-log",
            paramLabel = "DURATION",
            description = "Keep realtime events; older subscribers resync (default 30d).")
    String keepEventLog;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = ServerSettings.resolve(
                new ServerSettings.Flags(port, dbUrl, dbUser, dbPassword, dataDir, tokenTtl),
                new HousekeepingSettings.Flags(pendingExitAlertAfter, keepRequestIds, keepSyncLog, keepEventLog),
                System.getenv());
        Duration databaseWait = ServerSettings.databaseWait(waitForDatabase, System.getenv(), config.dataDir());
        Path logFile = FileLogging.toDirectory(config.dataDir().resolve("logs"), "server");
        log.info(
                "Starting Sistem Parkir Modern server {} ({}); log file {}",
                VersionProvider.version(),
                config.describe(),
                logFile.toAbsolutePath());
        ParkirServer server;
        try {
            server = new DatabaseWait(databaseWait, pause -> Thread.sleep(pause.toMillis()))
                    .start(() -> ParkirServer.start(config, Clock.systemDefaultZone()));
        } catch (ServerStartException e) {
            log.error("Cannot start: {}", e.getMessage());
            spec.commandLine().getErr().println("parkir: cannot start the server: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            log.info("Stopping the server");
                            server.close();
                            stopped.countDown();
                        },
                        "parkir-shutdown"));
        spec.commandLine().getOut().println("Data folder: " + config.dataDir().toAbsolutePath());
        spec.commandLine().getOut().println("Server listening on " + server.baseUrl() + " — Ctrl+C to stop.");
        stopped.await();
        return 0;
    }
}
