package id.sistemparkir.client.chaos;

import id.sistemparkir.server.db.Database;
import id.sistemparkir.server.db.DatabaseConfig;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.ServerProcess;
import id.sistemparkir.testing.MariaDbTestDatabase;
import id.sistemparkir.testing.TcpProxy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * The real server as a process of its own (so it can be killed with SIGKILL), its database (MariaDB behind a
 * {@link TcpProxy}, or the embedded H2 in the server's data dir), and the links lanes reach it through: one proxy per
 * lane, retargeted when the server comes back on another port.
 */
final class ChaosServer implements AutoCloseable {

    private static final int RESTART_ATTEMPTS = 20;

    private final Path dataDir;
    private final MariaDbTestDatabase schema; // null on H2
    private final TcpProxy databaseLink; // null on H2
    private final List<TcpProxy> laneLinks = new CopyOnWriteArrayList<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private volatile ServerProcess process;
    private CompletableFuture<ServerProcess> restarting;

    private ChaosServer(Path dataDir, MariaDbTestDatabase schema, TcpProxy databaseLink) {
        this.dataDir = dataDir;
        this.schema = schema;
        this.databaseLink = databaseLink;
    }

    static ChaosServer start(Path dataDir, boolean mariaDb) throws IOException {
        ChaosServer server;
        if (mariaDb) {
            MariaDbTestDatabase schema = MariaDbTestDatabase.create();
            MariaDbTestDatabase.Server mariaDbServer = MariaDbTestDatabase.server();
            server = new ChaosServer(dataDir, schema, TcpProxy.start(mariaDbServer.host(), mariaDbServer.port()));
        } else {
            server = new ChaosServer(dataDir, null, null);
        }
        server.process = server.launch();
        return server;
    }

    private ServerProcess launch() {
        return ServerProcess.start(
                dataDir,
                schema == null ? null : TestDatabases.mariaDbConfig(schema, databaseLink.host(), databaseLink.port()));
    }

    /** A new link for one lane: the lane's own network path to the server, faulted on its own. */
    TcpProxy newLaneLink() throws IOException {
        TcpProxy link = TcpProxy.start("127.0.0.1", process.port());
        laneLinks.add(link);
        return link;
    }

    /** The database link, or null when the database is embedded in the server (H2). */
    TcpProxy databaseLink() {
        return databaseLink;
    }

    /** SIGKILL now; a new process is started in the background, and the lanes reach it once it listens. */
    synchronized void killAndRestart() {
        if (restarting != null) {
            return;
        }
        process.kill();
        restarting = CompletableFuture.supplyAsync(this::relaunch);
    }

    /**
     * Starts the server again as its service manager would: a start that fails (the database is cut off just then, so
     * the migration check cannot run) is tried again a moment later.
     */
    private ServerProcess relaunch() {
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= RESTART_ATTEMPTS; attempt++) {
            try {
                return launch();
            } catch (IllegalStateException failed) {
                last = failed;
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failed;
                }
            }
        }
        throw last;
    }

    /** True while a killed server is still starting again. */
    synchronized boolean restarting() {
        if (restarting != null && restarting.isDone()) {
            adoptRestarted();
        }
        return restarting != null;
    }

    /** Waits for a restart under way, then until the server answers healthy. */
    void awaitHealthy(Duration patience) throws InterruptedException {
        synchronized (this) {
            if (restarting != null) {
                restarting.join();
                adoptRestarted();
            }
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (!healthy()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "the server did not become healthy within " + patience + ":\n" + process.output());
            }
            Thread.sleep(200);
        }
    }

    private void adoptRestarted() {
        process = restarting.join();
        restarting = null;
        laneLinks.forEach(link -> link.retarget("127.0.0.1", process.port()));
    }

    private boolean healthy() throws InterruptedException {
        try {
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + process.port() + "/api/v1/health"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs {@code query} on the database directly (not through any proxy). On H2 the server holds the database file:
     * it is killed first (one more SIGKILL: what it confirmed must survive it) and the file opened here.
     */
    <T> T inspect(Function<Jdbi, T> query) {
        if (schema != null) {
            return query.apply(Jdbi.create(schema.jdbcUrl(), schema.user(), schema.password()));
        }
        process.kill();
        try (Database database = Database.open(DatabaseConfig.embeddedH2(dataDir))) {
            return query.apply(database.jdbi());
        }
    }

    /** The server's log, for a failure message. */
    String output() {
        return process.output();
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (AutoCloseable closeable : closeables()) {
            try {
                closeable.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing the chaos server", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private List<AutoCloseable> closeables() {
        List<AutoCloseable> all = new java.util.ArrayList<>(laneLinks);
        synchronized (this) {
            CompletableFuture<ServerProcess> pending = restarting;
            if (pending != null) {
                all.add(() -> pending.join().close());
            }
        }
        all.add(process);
        if (databaseLink != null) {
            all.add(databaseLink);
        }
        if (schema != null) {
            all.add(schema);
        }
        return all;
    }
}
