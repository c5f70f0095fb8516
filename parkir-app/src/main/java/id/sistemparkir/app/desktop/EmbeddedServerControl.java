package id.sistemparkir.app.desktop;

import id.sistemparkir.desktop.menu.ServerControl;
import id.sistemparkir.server.ParkirServer;
import id.sistemparkir.server.ServerStartException;
import id.sistemparkir.server.config.ServerConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main menu's Server: {@link ParkirServer} in this process, configured exactly like {@code parkir server}
 * (server.properties, environment, embedded H2 by default). Lives here because only parkir-app may depend on both the
 * desktop and the server (decision 0021).
 */
public final class EmbeddedServerControl implements ServerControl {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServerControl.class);

    /** Written by the server's first start when no PARKIR_ADMIN_PASSWORD was given. */
    static final String PASSWORD_FILE = "initial-admin-password.txt";

    private final Supplier<ServerConfig> config;
    private final Clock clock;
    private ParkirServer server; // guarded by this

    /** @param config read when the server starts (so a changed server.properties is taken on the next start) */
    public EmbeddedServerControl(Supplier<ServerConfig> config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public synchronized Started start() {
        if (server != null) {
            throw new IllegalStateException("the server is already running");
        }
        ServerConfig settings = config.get();
        log.info("Starting the server from the main menu ({})", settings.describe());
        try {
            server = ParkirServer.start(settings, clock);
        } catch (ServerStartException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return new Started(server.baseUrl(), server.databaseDescription(), initialPassword(settings.dataDir()));
    }

    /** The generated first password, while its file is still there (the operator deletes it after changing it). */
    private static Optional<String> initialPassword(Path dataDir) {
        Path file = dataDir.resolve(PASSWORD_FILE);
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            log.warn("Cannot read {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            log.info("Stopping the server (main menu)");
            server.close();
            server = null;
        }
    }

    @Override
    public synchronized boolean running() {
        return server != null;
    }

    @Override
    public synchronized List<Station> stations() {
        if (server == null) {
            return List.of();
        }
        return server.stations().stream()
                .map(s -> new Station(s.code(), s.app(), s.connected(), s.pendingOffline()))
                .toList();
    }
}
