package id.sistemparkir.desktop.admin;

import id.sistemparkir.client.api.AdminApi;
import id.sistemparkir.client.connection.ConnectionState;
import id.sistemparkir.desktop.common.ConnectionIndicator;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.FxTasks;
import id.sistemparkir.desktop.common.StatusBar;
import id.sistemparkir.desktop.common.Tasks;
import id.sistemparkir.desktop.common.Texts;
import id.sistemparkir.desktop.common.Theme;
import id.sistemparkir.desktop.lane.DesktopOptions;
import id.sistemparkir.desktop.login.LoginPreferences;
import id.sistemparkir.desktop.login.LoginView;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wiring of SimpleParkingAdmin (one wiring class per app): the login form, then the live side, the calls and the
 * tabs ({@link AdminTabs}) in a frame with the connection indicator and the offline banner. Closes what it opened when
 * the window closes.
 */
public final class AdminShell {

    private static final Logger log = LoggerFactory.getLogger(AdminShell.class);

    /** The station code the admin's data folder (remembered login, last event seen) is named after. */
    public static final String STATION = "ADMIN";

    /** How often the dashboard reloads without events: last-seen times and heartbeats move on their own. */
    static final long QUIET_RELOAD_SECONDS = 30;

    private final DesktopOptions options;
    private final Stage stage;
    private final Path dataDir;
    private final FxTasks tasks = new FxTasks("admin", 4);
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "admin-live");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final ExportTarget exportTarget;
    private AdminTabs tabs;

    private AdminShell(DesktopOptions options, Stage stage, ExportTarget exportTarget) {
        this.options = options;
        this.stage = stage;
        this.exportTarget = exportTarget;
        this.dataDir = options.dataDirFor(options.stationOr(STATION));
        resources.push(scheduler::shutdownNow);
        resources.push(tasks);
    }

    /** Shows the login form in {@code stage}; the panel opens there after the login. On the FX thread. */
    public static AdminShell open(DesktopOptions options, Stage stage) {
        return open(options, stage, ExportTarget.dialog(stage));
    }

    /** As {@link #open(DesktopOptions, Stage)}, exports saved where {@code exportTarget} says (tests: a folder). */
    public static AdminShell open(DesktopOptions options, Stage stage, ExportTarget exportTarget) {
        AdminShell shell = new AdminShell(options, stage, exportTarget);
        shell.showLogin();
        stage.setOnHidden(e -> shell.close());
        return shell;
    }

    private void showLogin() {
        LoginPreferences preferences = new LoginPreferences(dataDir);
        AdminLoginViewModel login =
                new AdminLoginViewModel(preferences, tasks, Texts.load(options.language()), this::loggedIn);
        if (!options.serverUrl().isBlank() && preferences.read().serverUrl().isEmpty()) {
            login.form().serverUrlProperty().set(options.serverUrl());
        }
        stage.setTitle("SimpleParkingAdmin");
        stage.setScene(Theme.style(new Scene(new LoginView(login).root(), 1280, 760)));
        stage.show();
    }

    private void loggedIn(AdminLoginViewModel.AdminLogin login) {
        Texts texts = Texts.load(login.language());
        Formats formats = new Formats(options.zone(), texts);
        AdminLive live = new AdminLive(
                login.session(),
                dataDir,
                tasks,
                options.clock(),
                scheduler,
                options.live().probeInterval());
        resources.push(live);
        AdminCalls calls =
                new AdminCalls(login.session(), new AdminApi(login.session().api()), live::checkNow);
        AdminContext context =
                new AdminContext(calls, live, tasks, texts, formats, options.clock(), "ADMIN".equals(login.role()));
        tabs = new AdminTabs(context, stage, exportTarget);
        StatusBar bar = new StatusBar(
                texts,
                formats,
                options.clock(),
                login.serverUrl(),
                login.username() + " (" + login.role() + ")",
                texts.get("admin.hints"));
        resources.push(bar::stop);
        BorderPane root = new BorderPane(tabs.root());
        root.setTop(new VBox(header(texts, context, login.role()), offlineBanner(texts, live)));
        root.setBottom(bar);
        root.getStyleClass().add("lane-window");
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F5) {
                tabs.refreshSelected();
            }
        });
        stage.setTitle(texts.get("admin.title", login.username()));
        stage.setScene(Theme.style(
                new Scene(root, stage.getScene().getWidth(), stage.getScene().getHeight())));
        live.start();
        tabs.refreshAll();
        scheduler.scheduleWithFixedDelay(
                () -> tasks.onUi(tabs::refreshDashboard), QUIET_RELOAD_SECONDS, QUIET_RELOAD_SECONDS, TimeUnit.SECONDS);
    }

    private static HBox header(Texts texts, AdminContext context, String role) {
        Label title = new Label(texts.get("admin.window"), new FontIcon("mdi2v-view-dashboard-outline"));
        title.getStyleClass().add("window-title");
        Label who = new Label(texts.get("admin.role." + role.toLowerCase(Locale.ROOT)));
        who.setId("admin-role");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, who, spacer, indicator(texts, context.live()));
        header.getStyleClass().add("window-header");
        return header;
    }

    /** The indicator of every window (same id and colours as the lanes'), fed by the admin's live side. */
    private static Label indicator(Texts texts, AdminLive live) {
        Label indicator = new Label("", new FontIcon("mdi2c-circle"));
        indicator.setId(ConnectionIndicator.ID);
        indicator.getStyleClass().add("connection-indicator");
        indicator.getGraphic().getStyleClass().add("indicator-dot");
        Runnable show = () -> {
            ConnectionState state = live.stateProperty().get();
            indicator.setText(texts.get(indicatorKey(state)));
            indicator.getStyleClass().removeAll("indicator-checking", "indicator-connected", "indicator-disconnected");
            indicator.getStyleClass().add("indicator-" + state.name().toLowerCase(Locale.ROOT));
        };
        show.run();
        live.stateProperty().addListener((obs, before, now) -> show.run());
        return indicator;
    }

    static String indicatorKey(ConnectionState state) {
        return switch (state) {
            case CHECKING -> "connection.checking";
            case CONNECTED -> "connection.connected";
            case DISCONNECTED -> "connection.disconnected";
        };
    }

    /** Offline: what still works and why the rest does not (never a modal). */
    private static HBox offlineBanner(Texts texts, AdminLive live) {
        Label text = new Label(texts.get("admin.offline.reason"));
        text.setId("admin-offline-text");
        text.setWrapText(true);
        HBox banner = new HBox(new FontIcon("mdi2c-cloud-off-outline"), text);
        banner.setId("admin-offline-banner");
        banner.getStyleClass().add("offline-banner");
        banner.visibleProperty().bind(live.stateProperty().isEqualTo(ConnectionState.DISCONNECTED));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    public Stage stage() {
        return stage;
    }

    public Tasks tasks() {
        return tasks;
    }

    private void close() {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                log.warn("Error while closing SimpleParkingAdmin: {}", e.toString());
            }
        }
    }
}
