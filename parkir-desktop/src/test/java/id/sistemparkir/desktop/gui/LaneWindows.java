package id.sistemparkir.desktop.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.client.LiveOptions;
import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.client.lane.TicketKeyStore;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.desktop.admin.AdminShell;
import id.sistemparkir.desktop.admin.ExportTarget;
import id.sistemparkir.desktop.common.ConnectionIndicator;
import id.sistemparkir.desktop.lane.DesktopOptions;
import id.sistemparkir.desktop.lane.LaneApp;
import id.sistemparkir.desktop.lane.LaneShell;
import id.sistemparkir.server.db.DatabaseConfig;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.server.testsupport.TestStations;
import id.sistemparkir.testing.TcpProxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Real lane windows against a real embedded server (H2) behind a TCP proxy, for the GUI tests: the proxy is how a test
 * takes the server "away" and brings it back (never by stopping a service).
 */
final class LaneWindows implements AutoCloseable {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** Generous: the test machine is shared and often heavily loaded (liveness, not speed). */
    static final Duration UI = Duration.ofSeconds(60);

    private final AutoCloseable database;
    private final TestServer server;
    private final TcpProxy proxy;
    private final Path dataRoot;
    private final List<Stage> stages = new ArrayList<>();

    LaneWindows(Path dataRoot) {
        this(dataRoot, TestDatabases.h2());
    }

    private LaneWindows(Path dataRoot, TestDatabase database) {
        this(dataRoot, database.config(), database);
    }

    /** Against any database (e.g. MariaDB behind its own TCP proxy); {@code database} is closed last. */
    LaneWindows(Path dataRoot, DatabaseConfig config, AutoCloseable database) {
        this.dataRoot = dataRoot;
        this.database = database;
        this.server = TestServer.start(config);
        try {
            this.proxy =
                    TcpProxy.start("127.0.0.1", URI.create(server.baseUrl()).getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + proxy.port();
    }

    TcpProxy proxy() {
        return proxy;
    }

    TestServer server() {
        return server;
    }

    /** Makes the station's own key in its data dir (as its first start would) and enrolls it as an administrator. */
    void enrollEntryStation(String station) {
        TicketSigner signer = new TicketKeyStore(dataRoot.resolve(station)).signer();
        TestStations.enrollEntry(server, station, signer.publicKey());
    }

    DesktopOptions options(String station) {
        return new DesktopOptions(
                url(),
                dataRoot,
                dataRoot.resolve(station),
                station,
                Language.ID,
                WIB,
                "Test Mall",
                LiveOptions.DEFAULT.withProbeInterval(Duration.ofSeconds(2)),
                Clock.systemUTC());
    }

    /** Opens a lane window and logs in through its login form as the test server's admin. */
    Stage open(LaneApp app, String station) {
        Stage stage = fx(() -> {
            Stage s = new Stage();
            LaneShell.open(app, options(station), s);
            return s;
        });
        stages.add(stage);
        logIn(stage);
        return stage;
    }

    /** Opens SimpleParkingAdmin and logs in through its form as the test server's admin. */
    Stage openAdmin() {
        return openAdmin(null);
    }

    /** As {@link #openAdmin()}, exported reports saved in {@code exportFolder} without a dialog (null: the dialog). */
    Stage openAdmin(Path exportFolder) {
        Stage stage = fx(() -> {
            Stage s = new Stage();
            AdminShell.open(
                    options(AdminShell.STATION),
                    s,
                    exportFolder == null ? ExportTarget.dialog(s) : ExportTarget.folder(exportFolder));
            return s;
        });
        stages.add(stage);
        logIn(stage);
        return stage;
    }

    /** Logs in through a window's login form (the lanes' and the admin's have the same field ids). */
    private void logIn(Stage stage) {
        await().atMost(UI).until(() -> find(stage, "#login-user").isPresent());
        // A login on a loaded machine may outlast its time limit: the form then offers offline work; log in again.
        await().atMost(UI.multipliedBy(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> fx(() -> {
                    if (find(stage, "#" + ConnectionIndicator.ID).isPresent()) {
                        return true;
                    }
                    if (!button(stage, "#login-submit").isDisabled()
                            || text(stage, "#login-password").getText().isEmpty()) {
                        text(stage, "#login-server").setText(url());
                        text(stage, "#login-user").setText("admin");
                        text(stage, "#login-password").setText(TestServer.ADMIN_PASSWORD);
                        button(stage, "#login-submit").fire();
                    }
                    return false;
                }));
        await().atMost(UI).until(() -> indicator(stage).equals("Database Terhubung"));
    }

    String indicator(Stage stage) {
        return fx(() -> ((Labeled) find(stage, "#" + ConnectionIndicator.ID).orElseThrow()).getText());
    }

    static <T> T fx(Callable<T> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // What keeps the FX thread busy, for whoever reads the failure.
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                if (thread.getName().contains("JavaFX Application")) {
                    IllegalStateException where = new IllegalStateException("FX thread busy");
                    where.setStackTrace(stack);
                    where.printStackTrace();
                }
            });
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void fxRun(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /** A node by CSS selector in a window's scene (call on the FX thread or through {@link #fx}). */
    static Optional<Node> find(Window window, String selector) {
        if (window.getScene() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(window.getScene().getRoot().lookup(selector));
    }

    static Set<Node> findAll(Window window, String selector) {
        return window.getScene().getRoot().lookupAll(selector);
    }

    static TextInputControl text(Window window, String selector) {
        return (TextInputControl) find(window, selector).orElseThrow(() -> new AssertionError(selector));
    }

    static ButtonBase button(Window window, String selector) {
        return (ButtonBase) find(window, selector).orElseThrow(() -> new AssertionError(selector));
    }

    static String label(Window window, String selector) {
        return fx(() -> ((Labeled) find(window, selector).orElseThrow(() -> new AssertionError(selector))).getText());
    }

    /** The open window (dialog) whose root has this id. */
    static Optional<Window> windowWith(String rootId) {
        return fx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null
                        && rootId.equals(w.getScene().getRoot().getId()))
                .findFirst());
    }

    /** The open dialog of {@code owner} whose root has this id. */
    static Optional<Window> dialogOf(Window owner, String rootId) {
        return fx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage stage && stage.getOwner() == owner)
                .filter(w -> w.getScene() != null
                        && rootId.equals(w.getScene().getRoot().getId()))
                .findFirst());
    }

    @Override
    public void close() {
        fxRun(() -> {
            for (Window window : List.copyOf(Window.getWindows())) {
                if (window instanceof Stage stage) {
                    stage.close();
                }
            }
        });
        assertThat(stages).isNotNull();
        proxy.close();
        server.close();
        try {
            database.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
