package id.sistemparkir.desktop.menu;

import java.util.List;
import java.util.Optional;

/**
 * The Server as the main menu starts and watches it. The desktop does not depend on the server module: parkir-app,
 * which has both, supplies the implementation (decision 0021).
 */
public interface ServerControl {

    /** What the server panel shows once it runs. */
    record Started(String url, String database, Optional<String> initialAdminPassword) {}

    /** A lane or back office as the server last heard of it. */
    record Station(String code, String app, boolean connected, int pendingOffline) {}

    /**
     * Starts the HTTP/WebSocket server (port 8181 unless configured), on the embedded database or the configured
     * MariaDB/MySQL. Blocking: call it off the FX thread.
     *
     * @throws IllegalStateException with an operator-readable reason when it cannot start (port taken, bad database)
     */
    Started start();

    /** Stops it (blocking); nothing when not running. */
    void stop();

    boolean running();

    /** The stations the server knows, connected or not; empty when not running. */
    List<Station> stations();
}
