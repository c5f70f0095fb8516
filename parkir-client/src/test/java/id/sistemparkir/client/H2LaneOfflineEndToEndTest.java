package id.sistemparkir.client;

import id.sistemparkir.server.db.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.tools.Server;
import org.jdbi.v3.core.Jdbi;

/** The same on H2, served over TCP by H2's own server so that the database link can be cut like MariaDB's. */
class H2LaneOfflineEndToEndTest extends LaneOfflineEndToEndContract {

    private static final String SETTINGS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";

    @Override
    protected Backend openBackend(Path dir) throws Exception {
        Files.createDirectories(dir);
        Server h2 = Server.createTcpServer(
                        "-tcpPort", "0", "-baseDir", dir.toAbsolutePath().toString(), "-ifNotExists")
                .start();
        int port = h2.getPort();
        return new Backend(
                "127.0.0.1",
                port,
                (host, proxyPort) -> new DatabaseConfig(url(host, proxyPort), "sa", ""),
                Jdbi.create(url("127.0.0.1", port), "sa", ""),
                h2::stop);
    }

    private static String url(String host, int port) {
        return "jdbc:h2:tcp://" + host + ":" + port + "/parkir" + SETTINGS;
    }
}
