package id.sistemparkir.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.client.ConnectResult;
import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.connection.ConnectionSnapshot;
import id.sistemparkir.client.connection.ConnectionState;
import id.sistemparkir.client.device.barrier.SimulatedBarrier;
import id.sistemparkir.client.device.camera.SimulatedCamera;
import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.client.offline.OutboxCounts;
import id.sistemparkir.client.status.LaneStatus;
import id.sistemparkir.client.status.LaneStatusTracker;
import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.desktop.common.DirectTasks;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.RecentVehicles;
import id.sistemparkir.desktop.common.Texts;
import id.sistemparkir.desktop.gatein.GateInViewModel;
import id.sistemparkir.desktop.gateout.GateOutViewModel;
import id.sistemparkir.desktop.login.LaneSession;
import id.sistemparkir.desktop.login.LoginPreferences;
import id.sistemparkir.desktop.login.LoginViewModel;
import id.sistemparkir.desktop.shift.ShiftCloseViewModel;
import id.sistemparkir.desktop.sync.SyncViewModel;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.server.testsupport.TestStations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ViewModels as plain objects (no JavaFX toolkit; background work run at once by {@link DirectTasks}) on the real
 * client library and a real server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewModelsTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @TempDir
    Path tmp;

    private TestDatabase database;
    private TestServer server;
    private final Texts texts = Texts.load(Language.ID);
    private final Formats formats = new Formats(WIB, texts);
    private final DirectTasks tasks = new DirectTasks();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeAll
    void start() {
        database = TestDatabases.h2();
        server = TestServer.start(database.config());
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
        server.close();
        database.close();
    }

    private LaneConfig config(String url, String station, String password) {
        return new LaneConfig(url, tmp.resolve(station), station, station, "Test Mall", WIB, "admin", password, "test");
    }

    private LaneClient lane(String url, String station) {
        LaneClient client = LaneClient.open(
                config(url, station, TestServer.ADMIN_PASSWORD),
                new LaneDevices(
                        new SimulatedCamera(WIB), new SimulatedPrinter(WIB), new SimulatedBarrier(Clock.systemUTC())),
                Clock.systemUTC());
        opened.add(client);
        return client;
    }

    /** An online entry of {@code plate} at {@code in}; its ticket code. */
    private String enteredTicket(LaneClient in, String plate) {
        GateInViewModel entry = gateIn(in);
        entry.plateProperty().set(plate);
        entry.enter(VehicleType.MOBIL);
        return entry.issuedProperty().get().ticketCode();
    }

    private GateOutViewModel gateOut(LaneClient out, RecentVehicles recent, String station) {
        return new GateOutViewModel(
                out.exitLane(),
                out.session(),
                out.offline(),
                new SimulatedCamera(WIB),
                recent,
                tasks,
                texts,
                formats,
                Clock.systemUTC(),
                station);
    }

    private GateInViewModel gateIn(LaneClient client) {
        RecentVehicles recent =
                new RecentVehicles(Set.of(EventNames.VEHICLE_ENTERED), client.inside(), tasks, texts, formats);
        return new GateInViewModel(
                client.entryLane(),
                client.inside(),
                new SimulatedCamera(WIB),
                recent,
                tasks,
                texts,
                formats,
                Clock.systemUTC(),
                "IN1");
    }

    @Test
    void theLoginReportsEveryOutcomeAndRemembersAllButThePassword() throws Exception {
        Path dataDir = tmp.resolve("LOGIN1");
        List<LaneSession> sessions = new ArrayList<>();
        LoginViewModel login = new LoginViewModel(
                new LoginViewModel.LaneSite("LOGIN1", "ParkingIN", dataDir, "Test Mall", WIB),
                config -> {
                    LaneClient client = LaneClient.open(
                            config,
                            new LaneDevices(
                                    new SimulatedCamera(WIB),
                                    new SimulatedPrinter(WIB),
                                    new SimulatedBarrier(Clock.systemUTC())),
                            Clock.systemUTC());
                    opened.add(client);
                    return client;
                },
                new LoginPreferences(dataDir),
                tasks,
                texts,
                sessions::add);
        login.form().serverUrlProperty().set(server.baseUrl());
        login.form().usernameProperty().set("admin");
        login.form().passwordProperty().set("wrong-password");
        login.login();
        assertThat(login.form().errorProperty().get()).isEqualTo("Login ditolak: nama pengguna atau kata sandi salah.");
        assertThat(sessions).isEmpty();

        // Offline, an operator who never logged in successfully at this station is refused (issue 8).
        login.form().serverUrlProperty().set("http://127.0.0.1:9");
        login.form().passwordProperty().set(TestServer.ADMIN_PASSWORD);
        login.login();
        assertThat(login.form().offlinePossibleProperty().get()).isFalse();
        assertThat(login.form().errorProperty().get()).contains("admin").contains("login offline ditolak");
        assertThat(sessions).isEmpty();

        login.form().serverUrlProperty().set(server.baseUrl());
        login.form().passwordProperty().set(TestServer.ADMIN_PASSWORD);
        login.login();
        assertThat(sessions).singleElement().satisfies(s -> assertThat(s.login())
                .isInstanceOf(ConnectResult.Connected.class));
        assertThat(login.form().passwordProperty().get()).isEmpty();

        login.form().serverUrlProperty().set("http://127.0.0.1:9");
        login.form().passwordProperty().set(TestServer.ADMIN_PASSWORD);
        login.login();
        assertThat(login.form().offlinePossibleProperty().get()).isTrue();
        String remembered = Files.readString(dataDir.resolve("desktop.properties"));
        assertThat(remembered).contains("user=admin").doesNotContain(TestServer.ADMIN_PASSWORD);
    }

    @Test
    void parkingInNormalisesThePlateWarnsOfADuplicateAndIssuesTheTicket() {
        LaneClient client = lane(server.baseUrl(), "IN1");
        assertThat(client.connect().connected()).isTrue();
        GateInViewModel model = gateIn(client);

        model.plateProperty().set("b1234vm");
        assertThat(model.previewProperty().get()).isEqualTo("B 1234 VM");
        assertThat(model.plateOkProperty().get()).isTrue();
        model.enter(VehicleType.MOBIL);

        GateInViewModel.Issued issued = model.issuedProperty().get();
        assertThat(issued.headline()).isEqualTo("Tiket dicetak — palang terbuka.");
        assertThat(issued.outcome().offline()).isFalse();
        assertThat(model.plateProperty().get()).as("ready for the next car").isEmpty();
        assertThat(model.photoProperty().get()).isNotEmpty();

        model.plateProperty().set("B 1234 VM");
        assertThat(model.insideWarningProperty().get()).startsWith("Perhatian: B 1234 VM sudah tercatat di dalam");

        model.plateProperty().set("CD 12 34 56");
        assertThat(model.plateOkProperty().get()).isFalse();
        model.nonStandardProperty().set(true);
        assertThat(model.plateOkProperty().get()).isTrue();
        assertThat(model.previewProperty().get()).endsWith("(plat khusus, dikonfirmasi)");
    }

    @Test
    void parkingInOfflineStillIssuesAndSaysSo() {
        LaneClient client = lane("http://127.0.0.1:9", "IN2");
        GateInViewModel model = gateIn(client);

        model.plateProperty().set("B 42 OFF");
        model.enter(VehicleType.MOTOR);

        assertThat(model.issuedProperty().get().headline()).startsWith("OFFLINE");
        assertThat(client.offline().pendingCount()).isEqualTo(1);
    }

    @Test
    void parkingOutComputesTheChangeAndRefusesTooLittleCash() {
        LaneClient in = lane(server.baseUrl(), "IN3");
        LaneClient out = lane(server.baseUrl(), "OUT3");
        assertThat(in.connect().connected()).isTrue();
        assertThat(out.connect().connected()).isTrue();
        String code = enteredTicket(in, "B 9 PAY");
        RecentVehicles recent =
                new RecentVehicles(Set.of(EventNames.VEHICLE_EXITED), out.inside(), tasks, texts, formats);
        GateOutViewModel model = gateOut(out, recent, "OUT3");

        model.lostTicketProperty().set(true);
        model.ticketProperty().set(code);
        model.lookupTicket();
        assertThat(model.quoteProperty().get().fee()).isEqualTo(50_000); // within grace: only the penalty
        model.receivedProperty().set("Rp 40.000");
        assertThat(model.canPay().get()).isFalse();
        model.receivedProperty().set("100.000");
        assertThat(model.changeProperty().get()).isEqualTo(50_000);
        model.pay();

        assertThat(model.resultProperty().get()).isEqualTo("Lunas Rp 50.000, kembalian Rp 50.000 — palang terbuka.");
        assertThat(model.quoteProperty().get()).isNull();
        assertThat(recent.rows()).singleElement().satisfies(row -> assertThat(row.plate())
                .isEqualTo("B 9 PAY"));

        model.ticketProperty().set(code);
        model.lookupTicket();
        assertThat(model.errorProperty().get()).isEqualTo("Kendaraan B 9 PAY sudah keluar (gerbang OUT3).");
    }

    @Test
    void unableToCollectLetsTheCarOutAndRecordsTheWholeFeeAsOwed() {
        LaneClient in = lane(server.baseUrl(), "IN7");
        LaneClient out = lane(server.baseUrl(), "OUT7");
        assertThat(in.connect().connected()).isTrue();
        assertThat(out.connect().connected()).isTrue();
        String code = enteredTicket(in, "B 7 UTC");
        RecentVehicles recent =
                new RecentVehicles(Set.of(EventNames.VEHICLE_EXITED), out.inside(), tasks, texts, formats);
        GateOutViewModel model = gateOut(out, recent, "OUT7");

        model.lostTicketProperty().set(true);
        model.ticketProperty().set(code);
        model.lookupTicket();
        assertThat(model.quoteProperty().get().fee()).isEqualTo(50_000);
        model.unableToCollect();

        assertThat(model.resultProperty().get())
                .isEqualTo("Keluar tanpa bayar: Rp 50.000 tercatat sebagai belum tertagih.");
        java.util.Map<String, Object> row = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT paid, fee, payment_method FROM parking_sessions WHERE plate = 'B7UTC'"
                                + " AND status = 'EXITED'")
                .mapToMap()
                .one());
        assertThat(((Number) row.get("paid")).longValue()).isZero();
        assertThat(((Number) row.get("fee")).longValue()).isEqualTo(50_000);
        assertThat(row.get("payment_method")).isEqualTo("UNABLE_TO_COLLECT");
    }

    @Test
    void syncAsksOnceWhenTheConnectionReturnsWithRecordsAndSendsThem() {
        LaneClient client = lane(server.baseUrl(), "IN4");
        LaneClient offline = lane("http://127.0.0.1:9", "IN4");
        // An offline ticket is genuine only once its entry station's key is enrolled (decision 0015).
        TestStations.enrollEntry(server, "IN4", offline.ticketKeys().signer().publicKey());
        GateInViewModel entry = gateIn(offline);
        entry.plateProperty().set("B 1 SY");
        entry.enter(VehicleType.MOBIL);
        LaneStatusTracker tracker = new LaneStatusTracker(
                LaneStatus.initial(snapshot(ConnectionState.DISCONNECTED), new OutboxCounts(1, 0)), Clock.systemUTC());
        SyncViewModel sync = new SyncViewModel(client.syncEngine(), client.offline(), tracker, tasks, texts, formats);

        tracker.connection(snapshot(ConnectionState.CONNECTED));
        assertThat(sync.promptProperty().get()).isEqualTo(1);
        sync.later();
        assertThat(sync.promptProperty().get()).isZero();

        sync.syncNow();
        assertThat(sync.summaryProperty().get()).as(sync.errorProperty().get()).isNotNull();
        assertThat(sync.summaryProperty().get().created())
                .as(sync.summaryProperty().get().toString())
                .isEqualTo(1);
        assertThat(sync.progressTextProperty().get()).isEqualTo("Data 1 dari 1");
        assertThat(sync.currentRecordProperty().get()).startsWith("Masuk B 1 SY");
        assertThat(client.offline().pendingCount()).isZero();
    }

    @Test
    void aRefusedRecordIsSetAsideOnlyWithAReasonAndIsKept() {
        LaneClient offline = lane("http://127.0.0.1:9", "IN6");
        GateInViewModel entry = gateIn(offline);
        entry.plateProperty().set("B 6 SA");
        entry.enter(VehicleType.MOBIL);
        offline.offline().moveToNeedsAttention(offline.offline().pending().get(0), "time_in_future: 2 h ahead");
        LaneStatusTracker tracker = new LaneStatusTracker(
                LaneStatus.initial(snapshot(ConnectionState.DISCONNECTED), new OutboxCounts(0, 1)), Clock.systemUTC());
        SyncViewModel sync = new SyncViewModel(offline.syncEngine(), offline.offline(), tracker, tasks, texts, formats);
        sync.loadAttention();
        SyncViewModel.AttentionItem item = sync.attention().get(0);
        assertThat(item.plate()).isEqualTo("B 6 SA");

        sync.setAside(item, "   ");
        assertThat(sync.errorProperty().get()).isEqualTo("Tulis alasan untuk menyisihkan data ini.");
        assertThat(offline.offline().needsAttention()).hasSize(1);

        sync.setAside(item, "jam PC lane salah, sudah dicatat manual");
        assertThat(sync.errorProperty().get()).isEmpty();
        assertThat(sync.attention()).isEmpty();
        assertThat(offline.offline().needsAttention()).isEmpty();
        assertThat(offline.offline().setAsideRecords()).singleElement().satisfies(kept -> assertThat(kept.id())
                .isEqualTo(item.record().id()));
    }

    @Test
    void tutupShiftShowsTheDifferenceAsTypedAndClosesIt() {
        LaneClient client = lane(server.baseUrl(), "OUT5");
        assertThat(client.connect().connected()).isTrue();
        assertThat(client.shift().ensureOpen()).isPresent();
        ShiftCloseViewModel model = new ShiftCloseViewModel(client.shift(), tasks, texts, formats, 2);

        model.load();
        model.countedProperty().set("Rp 2.000");

        assertThat(model.differenceProperty().get()).isEqualTo(2_000);
        assertThat(model.pendingWarning()).startsWith("2 data lane ini masih offline");
        model.close();
        assertThat(model.closedProperty().get().cashDifference()).isEqualTo(2_000);
        assertThat(model.canClose().get()).isFalse();
    }

    private static ConnectionSnapshot snapshot(ConnectionState state) {
        return new ConnectionSnapshot(state, java.time.Instant.now(), Duration.ZERO, "test");
    }
}
