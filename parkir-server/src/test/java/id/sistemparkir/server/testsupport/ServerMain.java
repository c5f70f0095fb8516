package id.sistemparkir.server.testsupport;

import id.sistemparkir.server.ParkirServer;
import id.sistemparkir.server.config.ServerConfig;
import id.sistemparkir.server.db.DatabaseConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The real server ({@link ParkirServer}) as a process of its own, for tests that kill it ({@link ServerProcess}):
 * {@code ServerMain DATA_DIR [JDBC_URL [USER]]}, the database password in {@code PARKIR_DB_PASSWORD}, the embedded H2
 * database under the data dir when no URL is given. Prints {@value #LISTENING} and the port once it serves.
 */
public final class ServerMain {

    public static final String LISTENING = "PARKIR-TEST-SERVER-LISTENING ";

    private ServerMain() {}

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args[0]);
        DatabaseConfig database = args.length > 1
                ? new DatabaseConfig(
                        args[1], args.length > 2 ? args[2] : "", System.getenv().getOrDefault("PARKIR_DB_PASSWORD", ""))
                : DatabaseConfig.embeddedH2(dataDir);
        ServerConfig config = ServerConfig.of(0, database, dataDir, Optional.of(TestServer.ADMIN_PASSWORD));
        ParkirServer server = ParkirServer.start(config, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println(LISTENING + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
