package id.sistemparkir.desktop.lane;

import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneLive;
import id.sistemparkir.client.device.setup.DeviceFactory;
import id.sistemparkir.client.device.setup.DeviceSettingsFile;
import id.sistemparkir.client.device.setup.Devices;
import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.client.status.LaneStatus;
import id.sistemparkir.core.contract.ShiftView;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.FxTasks;
import id.sistemparkir.desktop.common.LaneStatusViewModel;
import id.sistemparkir.desktop.common.LaneWindow;
import id.sistemparkir.desktop.common.StatusBar;
import id.sistemparkir.desktop.common.Tasks;
import id.sistemparkir.desktop.common.Texts;
import id.sistemparkir.desktop.common.Theme;
import id.sistemparkir.desktop.login.LaneSession;
import id.sistemparkir.desktop.login.LoginPreferences;
import id.sistemparkir.desktop.login.LoginView;
import id.sistemparkir.desktop.login.LoginViewModel;
import id.sistemparkir.desktop.shift.ShiftCloseDialog;
import id.sistemparkir.desktop.shift.ShiftCloseViewModel;
import id.sistemparkir.desktop.sync.NeedsAttentionDialog;
import id.sistemparkir.desktop.sync.SyncDialogs;
import id.sistemparkir.desktop.sync.SyncViewModel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wiring of one lane window (CONVENTIONS §6: one wiring class per app; {@link LaneApp} says which app): the login
 * form first; after it the lane's client, live side, status, sync dialogs, shift, and the app's own content in the
 * common frame. Everything it opens it closes when the window closes.
 */
public final class LaneShell {

    private static final Logger log = LoggerFactory.getLogger(LaneShell.class);

    private final LaneApp app;
    private final DesktopOptions options;
    private final Stage stage;
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final FxTasks tasks;
    private final ScheduledExecutorService scheduler;
    private final Devices devices;
    private final String station;
    private final Path dataDir;

    private LaneShell(LaneApp app, DesktopOptions options, Stage stage) {
        this.app = app;
        this.options = options;
        this.stage = stage;
        this.station = options.stationOr(app.defaultStation());
        this.dataDir = options.dataDirFor(station);
        this.tasks = new FxTasks(app.app().toLowerCase(), 4);
        this.scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread thread = new Thread(r, app.app().toLowerCase() + "-live");
            thread.setDaemon(true);
            return thread;
        });
        this.devices = new DeviceFactory(options.zone(), options.clock(), scheduler)
                .create(DeviceSettingsFile.forDataDir(dataDir));
        resources.push(scheduler::shutdownNow);
        resources.push(tasks);
        resources.push(devices);
    }

    /** Shows the login form in {@code stage}; the lane opens there after the login. On the FX thread. */
    public static LaneShell open(LaneApp app, DesktopOptions options, Stage stage) {
        LaneShell shell = new LaneShell(app, options, stage);
        shell.showLogin();
        stage.setOnHidden(e -> shell.close());
        return shell;
    }

    private void showLogin() {
        Texts texts = Texts.load(options.language());
        LaneDevices laneDevices = LaneDevices.of(devices);
        LoginViewModel login = new LoginViewModel(
                new LoginViewModel.LaneSite(station, app.app(), dataDir, options.siteName(), options.zone()),
                config -> LaneClient.open(config, laneDevices, options.clock()),
                new LoginPreferences(dataDir),
                tasks,
                texts,
                this::loggedIn);
        if (!options.serverUrl().isBlank()
                && new LoginPreferences(dataDir).read().serverUrl().isEmpty()) {
            login.form().serverUrlProperty().set(options.serverUrl());
        }
        LoginView view = new LoginView(login);
        stage.setTitle(app.app() + " — " + station);
        stage.setScene(Theme.style(new Scene(view.root(), 1280, 760)));
        stage.show();
    }

    private void loggedIn(LaneSession session) {
        Texts texts = Texts.load(loginLanguage());
        Formats formats = new Formats(options.zone(), texts);
        LaneClient client = session.client();
        resources.push(client);
        LaneLive live = client.startLive(scheduler, options.live());
        resources.push(live);
        LaneContext context = new LaneContext(client, live, devices, tasks, texts, formats, options.clock());
        LaneContent content = app.content().apply(context);

        LaneStatusViewModel status = new LaneStatusViewModel(
                live.status(), live.monitor()::snapshot, client.config().serverUrl(), texts, formats, tasks);
        SyncViewModel sync =
                new SyncViewModel(client.syncEngine(), client.offline(), live.status(), tasks, texts, formats);
        StatusBar bar = new StatusBar(texts, formats, options.clock(), station, session.username(), content.keyHints());
        Menu menu = LaneWindow.menu(
                texts.get("menu.title"),
                List.of(
                        item(
                                texts.get("menu.sync_data"),
                                "F9",
                                () -> NeedsAttentionDialog.show(
                                        sync,
                                        texts,
                                        stage,
                                        live.status().current().pending())),
                        item(texts.get("menu.close_shift"), "F10", () -> closeShift(client, texts, formats, live)),
                        item(texts.get("menu.logout"), "Ctrl+Q", stage::close)));
        stage.setScene(Theme.style(new Scene(
                LaneWindow.frame(
                        texts.get("app.title." + app.app(), station), app.icon(), status, menu, content.root(), bar),
                stage.getScene().getWidth(),
                stage.getScene().getHeight())));
        new SyncDialogs(sync, texts, stage);
        keepShiftOpen(client, live, bar, texts, formats);
        content.focus().run();
    }

    /** The shift opens as soon as the server can be reached (at login, or when it returns after an offline start). */
    private void keepShiftOpen(LaneClient client, LaneLive live, StatusBar bar, Texts texts, Formats formats) {
        Runnable ensure = () -> tasks.submit(
                "shift-open",
                () -> client.shift().ensureOpen(),
                shift -> bar.shiftProperty().set(describe(shift, texts, formats)),
                failure -> log.warn("Shift not opened: {}", failure.toString()));
        bar.shiftProperty().set(texts.get("status.shift.none"));
        ensure.run();
        live.status().addListener((LaneStatus before, LaneStatus now) -> {
            if (!before.connected()
                    && now.connected()
                    && client.shift().current().isEmpty()) {
                tasks.onUi(ensure);
            }
        });
    }

    private static String describe(Optional<ShiftView> shift, Texts texts, Formats formats) {
        return shift.map(s -> texts.get("status.shift", formats.time(s.openedAt())))
                .orElse(texts.get("status.shift.none"));
    }

    private void closeShift(LaneClient client, Texts texts, Formats formats, LaneLive live) {
        ShiftCloseViewModel model = new ShiftCloseViewModel(
                client.shift(), tasks, texts, formats, live.status().current().pending());
        ShiftCloseDialog.show(model, texts, stage);
    }

    private Language loginLanguage() {
        return new LoginPreferences(dataDir)
                .read()
                .language()
                .flatMap(Language::parse)
                .orElse(options.language());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    public Stage stage() {
        return stage;
    }

    /** The tasks helper (for tests that wait for the window's background work). */
    public Tasks tasks() {
        return tasks;
    }

    private void close() {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                log.warn("Error while closing {}: {}", app.app(), e.toString());
            }
        }
    }
}
