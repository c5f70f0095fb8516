package id.sistemparkir.desktop.gui;

import id.sistemparkir.desktop.menu.ServerControl;
import id.sistemparkir.server.ParkirServer;
import id.sistemparkir.server.config.ServerConfig;
import id.sistemparkir.server.db.DatabaseConfig;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The real server behind the menu's ServerControl, for the screenshot tour (what parkir-app does, in test scope). */
final class TestServerControl implements ServerControl {

    private final ServerConfig config;
    private final String shownPassword;
    private ParkirServer server;

    TestServerControl(ServerConfig config, String shownPassword) {
        this.config = config;
        this.shownPassword = shownPassword;
    }

    static TestServerControl embedded(java.nio.file.Path dataDir, int port, String adminPassword) {
        return new TestServerControl(
                ServerConfig.of(port, DatabaseConfig.embeddedH2(dataDir), dataDir, Optional.of(adminPassword)),
                adminPassword);
    }

    @Override
    public synchronized Started start() {
        server = ParkirServer.start(config, Clock.systemUTC());
        return new Started(server.baseUrl(), server.databaseDescription(), Optional.of(shownPassword));
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
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
        return server == null
                ? List.of()
                : server.stations().stream()
                        .map(s -> new Station(s.code(), s.app(), s.connected(), s.pendingOffline()))
                        .toList();
    }

    int port() {
        return server.port();
    }
}
