package id.sistemparkir.desktop.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.client.api.AdminApi;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.api.ServerEndpoint;
import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.desktop.common.DirectTasks;
import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.Texts;
import id.sistemparkir.desktop.login.LoginPreferences;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin ViewModels as plain objects (background work run at once by {@link DirectTasks}) against a real embedded
 * server: bad input gets a clear message and changes nothing; an operator cannot log in to the panel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminViewModelsTest {

    @TempDir
    static Path dataDir;

    private TestDatabase database;
    private TestServer server;
    private ScheduledExecutorService scheduler;
    private AdminContext context;
    private String token;

    @BeforeAll
    void start() {
        database = TestDatabases.h2();
        server = TestServer.start(database.config());
        token = server.api().adminToken();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        AuthSession session = new AuthSession(
                new ServerApi(ServerEndpoint.of(server.baseUrl())), "admin", TestServer.ADMIN_PASSWORD, null);
        assertThat(session.login().isOk()).isTrue();
        Texts texts = Texts.load(Language.ID);
        DirectTasks tasks = new DirectTasks();
        AdminLive live = new AdminLive(session, dataDir, tasks, Clock.systemUTC(), scheduler, Duration.ofSeconds(10));
        context = new AdminContext(
                new AdminCalls(session, new AdminApi(session.api()), () -> {}),
                live,
                tasks,
                texts,
                new Formats(ZoneId.of("Asia/Jakarta"), texts),
                Clock.systemUTC(),
                true);
    }

    @AfterAll
    void stop() {
        scheduler.shutdownNow();
        server.close();
        database.close();
    }

    private int tariffVersions() {
        return TestApi.parse(server.api().get("/api/v1/tariffs", token)).size();
    }

    @Test
    void aTariffIsSavedOnlyAfterAPreviewOfValidAmounts() {
        TariffViewModel model = new TariffViewModel(context);
        model.refresh();
        assertThat(model.field(VehicleType.MOTOR, "firstHour").get()).isNotBlank();
        int before = tariffVersions();

        model.save();
        assertThat(tariffVersions()).as("no preview, no save").isEqualTo(before);

        model.field(VehicleType.MOTOR, "firstHour").set("dua ribu");
        model.preview();
        assertThat(model.messageProperty().get())
                .isEqualTo("Motor: \"Jam pertama\" harus angka rupiah bulat, 0 atau lebih.");
        assertThat(model.previewedProperty().get()).isFalse();

        model.field(VehicleType.MOTOR, "firstHour").set("2.500");
        model.effectiveFromProperty().set("kemarin");
        model.preview();
        model.save();
        assertThat(model.messageProperty().get()).startsWith("Waktu mulai tidak valid: kemarin");
        assertThat(tariffVersions()).isEqualTo(before);

        model.effectiveFromProperty().set("");
        model.preview();
        assertThat(model.previewRows()).isNotEmpty();
        model.save();
        assertThat(tariffVersions()).isEqualTo(before + 1);
        JsonNode all = TestApi.parse(server.api().get("/api/v1/tariffs", token));
        assertThat(all.get(all.size() - 1)
                        .path("rates")
                        .path("MOTOR")
                        .path("firstHour")
                        .asLong())
                .isEqualTo(2500);
    }

    @Test
    void resolvingWithoutAReasonIsRefusedHere() {
        ReviewsViewModel reviews = new ReviewsViewModel(context);
        reviews.resolveSelected();
        assertThat(reviews.messageProperty().get()).isEqualTo("Pilih satu baris dulu.");

        OpenSessionsViewModel open = new OpenSessionsViewModel(context);
        open.hoursProperty().set("lama");
        open.refresh();
        assertThat(open.messageProperty().get()).isEqualTo("Jumlah jam tidak valid: lama");
        open.apply("VOID", List.of(TestApi.parse(server.api().get("/api/v1/auth/me", token))));
        assertThat(open.messageProperty().get()).startsWith("Tulis alasannya dulu");
    }

    @Test
    void unchangedOrInvalidSettingsAreNotSent() {
        SettingsViewModel settings = new SettingsViewModel(context);
        settings.refresh();
        settings.save();
        assertThat(settings.messageProperty().get()).isEqualTo("Tidak ada yang berubah.");
        settings.capacity(VehicleType.MOBIL).set("-3");
        settings.save();
        assertThat(settings.messageProperty().get()).isEqualTo("Mobil: \"-3\" harus bilangan bulat 0 atau lebih.");
        settings.capacity(VehicleType.MOBIL).set("150");
        settings.save();
        assertThat(settings.messageProperty().get()).isEqualTo("Pengaturan disimpan.");
        assertThat(TestApi.parse(server.api().get("/api/v1/capacity", token))
                        .path("MOBIL")
                        .asInt())
                .isEqualTo(150);
    }

    @Test
    void anOperatorIsToldThePanelIsNotForLaneAccounts() {
        server.api()
                .post(
                        "/api/v1/users",
                        token,
                        "{\"username\":\"kasir7\",\"password\":\"Kasir-Gerbang-77\",\"role\":\"OPERATOR\"}");
        List<AdminLoginViewModel.AdminLogin> logins = new ArrayList<>();
        AdminLoginViewModel login = new AdminLoginViewModel(
                new LoginPreferences(dataDir.resolve("login")), new DirectTasks(), context.texts(), logins::add);
        login.form().serverUrlProperty().set(server.baseUrl());
        login.form().usernameProperty().set("kasir7");
        login.form().passwordProperty().set("Kasir-Gerbang-77");
        login.login();
        assertThat(logins).isEmpty();
        assertThat(login.form().errorProperty().get())
                .isEqualTo("Akun kasir7 adalah akun operator lane; panel admin hanya untuk SUPERVISOR atau ADMIN.");

        login.form().usernameProperty().set("admin");
        login.form().passwordProperty().set(TestServer.ADMIN_PASSWORD);
        login.login();
        assertThat(logins).singleElement().satisfies(l -> assertThat(l.role()).isEqualTo("ADMIN"));
    }

    private JsonNode audit(String action) {
        return TestApi.parse(server.api().get("/api/v1/audit-log?action=" + action, token))
                .path("items");
    }

    @Test
    void aGateIsCreatedAndChangedFromTheFormAndEachChangeAudited() {
        GatesViewModel gates = new GatesViewModel(context);
        gates.refresh();
        int before = gates.gates().size();
        gates.codeProperty().set("VM-G1");
        gates.create();
        assertThat(gates.messageProperty().get()).isEqualTo("Isi kode dan nama gerbang dulu.");
        assertThat(TestApi.parse(server.api().get("/api/v1/gates", token)).size())
                .isEqualTo(before);

        gates.nameProperty().set("Gerbang uji");
        gates.directionProperty().set("OUT");
        gates.create();
        assertThat(gates.messageProperty().get()).isEqualTo("Gerbang VM-G1 disimpan.");
        JsonNode created = gates.gates().stream()
                .filter(g -> g.path("code").asText().equals("VM-G1"))
                .findFirst()
                .orElseThrow();
        assertThat(created.path("direction").asText()).isEqualTo("OUT");

        gates.selectedProperty().set(created);
        assertThat(gates.nameProperty().get()).isEqualTo("Gerbang uji");
        gates.nameProperty().set("Gerbang uji 2");
        gates.activeProperty().set(false);
        gates.saveSelected();
        JsonNode changed = gates.gates().stream()
                .filter(g -> g.path("code").asText().equals("VM-G1"))
                .findFirst()
                .orElseThrow();
        assertThat(changed.path("name").asText()).isEqualTo("Gerbang uji 2");
        assertThat(changed.path("active").asBoolean()).isFalse();
        assertThat(audit("gate.updated").toString()).contains("Gerbang uji 2");
    }

    @Test
    void aMemberPassIsCreatedAndChangedAndBadInputSendsNothing() {
        MembersViewModel members = new MembersViewModel(context);
        members.refresh();
        int before = members.members().size();
        members.cardProperty().set("VM-CARD-1");
        members.nameProperty().set("Budi");
        members.plateProperty().set("B 1212 MBR");
        members.validFromProperty().set(java.time.LocalDate.of(2026, 1, 1));
        members.validUntilProperty().set(java.time.LocalDate.of(2026, 12, 31));
        members.discountProperty().set("150");
        members.create();
        assertThat(members.messageProperty().get()).isEqualTo("Diskon \"150\" harus bilangan bulat 0 sampai 100.");
        members.discountProperty().set("50");
        members.validUntilProperty().set(java.time.LocalDate.of(2025, 12, 31));
        members.create();
        assertThat(members.messageProperty().get()).isEqualTo("Tanggal akhir tidak boleh sebelum tanggal mulai.");
        assertThat(TestApi.parse(server.api().get("/api/v1/members", token)).size())
                .isEqualTo(before);

        members.validUntilProperty().set(java.time.LocalDate.of(2026, 12, 31));
        members.create();
        assertThat(members.messageProperty().get()).isEqualTo("Member kartu VM-CARD-1 disimpan.");
        JsonNode created = members.members().stream()
                .filter(m -> m.path("cardNumber").asText().equals("VM-CARD-1"))
                .findFirst()
                .orElseThrow();
        assertThat(created.path("discountPercent").asInt()).isEqualTo(50);
        assertThat(java.time.Instant.parse(created.path("validFrom").asText()))
                .isEqualTo(java.time.LocalDate.of(2026, 1, 1)
                        .atStartOfDay(ZoneId.of("Asia/Jakarta"))
                        .toInstant());

        members.selectedProperty().set(created);
        assertThat(members.validUntilProperty().get()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        members.discountProperty().set("25");
        members.saveSelected();
        assertThat(TestApi.parse(server.api().get("/api/v1/members?plate=B1212MBR", token))
                        .get(0)
                        .path("discountPercent")
                        .asInt())
                .isEqualTo(25);
        assertThat(audit("member.updated").toString()).contains("VM-CARD-1");
    }

    @Test
    void aStationIsEnrolledRotatedAndRevokedOnlyAfterTheConfirmation() {
        StationsViewModel stations = new StationsViewModel(context);
        stations.codeProperty().set("VM-ST1");
        stations.nameProperty().set("Pintu uji");
        stations.gateProperty().set("IN1");
        stations.enroll();
        assertThat(stations.messageProperty().get()).startsWith("Tempel kunci publik stasiun dulu");

        stations.publicKeyProperty()
                .set(id.sistemparkir.core.ticket.Ed25519Keys.encodePublic(
                        id.sistemparkir.core.ticket.Ed25519Keys.generate().getPublic()));
        stations.enroll();
        assertThat(stations.messageProperty().get()).isEqualTo("Stasiun VM-ST1 didaftarkan.");
        JsonNode enrolled = stations.stations().stream()
                .filter(st -> st.path("code").asText().equals("VM-ST1"))
                .findFirst()
                .orElseThrow();
        assertThat(enrolled.path("keys")).hasSize(1);

        stations.selectedProperty().set(enrolled);
        stations.publicKeyProperty()
                .set(id.sistemparkir.core.ticket.Ed25519Keys.encodePublic(
                        id.sistemparkir.core.ticket.Ed25519Keys.generate().getPublic()));
        stations.rotate();
        assertThat(stations.messageProperty().get()).startsWith("Kunci stasiun VM-ST1 diganti");

        stations.selectedProperty().set(enrolled);
        stations.askRevoke();
        assertThat(stations.messageProperty().get()).startsWith("Tulis alasannya dulu");
        stations.reasonProperty().set("stasiun dicuri");
        stations.askRevoke();
        assertThat(stations.pendingRevokeProperty().get()).isEqualTo("VM-ST1");
        stations.cancelRevoke();
        assertThat(station("VM-ST1").path("revokedAt").isTextual())
                .as("not revoked")
                .isFalse();

        stations.askRevoke();
        stations.confirmRevoke();
        assertThat(stations.messageProperty().get()).isEqualTo("Stasiun VM-ST1 dicabut.");
        assertThat(station("VM-ST1").path("revokedAt").isTextual())
                .as("revoked")
                .isTrue();
        assertThat(station("VM-ST1").path("keys")).hasSize(2);
        assertThat(audit("station.revoked").toString()).contains("stasiun dicuri");
    }

    private JsonNode station(String code) {
        for (JsonNode station : TestApi.parse(server.api().get("/api/v1/ticket-stations", token))) {
            if (station.path("code").asText().equals(code)) {
                return station;
            }
        }
        throw new AssertionError("no station " + code);
    }

    /**
     * The sessions tab searches everything when it opens; the plate typed right after starts a second search. On the
     * window's pool the first, larger answer may arrive last: it must not overwrite the plate's (a CI run once waited
     * for "1 baris" while the unfiltered count stood there).
     */
    @Test
    void anOlderSlowerSearchDoesNotOverwriteTheNewerOne() {
        server.api()
                .post(
                        "/api/v1/entries",
                        token,
                        TestApi.json(new id.sistemparkir.core.contract.EntryRequest(
                                java.util.UUID.randomUUID(),
                                null,
                                "B 8080 RAC",
                                VehicleType.MOBIL,
                                "IN1",
                                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                                false,
                                false)));
        server.api()
                .post(
                        "/api/v1/entries",
                        token,
                        TestApi.json(new id.sistemparkir.core.contract.EntryRequest(
                                java.util.UUID.randomUUID(),
                                null,
                                "B 8081 RAC",
                                VehicleType.MOBIL,
                                "IN1",
                                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                                false,
                                false)));
        HeldTasks held = new HeldTasks();
        SessionsViewModel sessions = new SessionsViewModel(withTasks(held));

        sessions.search();
        sessions.plateProperty().set("B 8080 RAC");
        sessions.search();
        held.deliverNewestFirst();

        assertThat(sessions.messageProperty().get()).startsWith("1 baris");
        assertThat(sessions.results())
                .singleElement()
                .satisfies(row -> assertThat(row.path("plateDisplay").asText()).isEqualTo("B 8080 RAC"));
    }

    private AdminContext withTasks(id.sistemparkir.desktop.common.Tasks tasks) {
        return new AdminContext(
                context.calls(),
                context.live(),
                tasks,
                context.texts(),
                context.formats(),
                context.clock(),
                context.admin());
    }

    /** Runs each job's work at once but holds its answer until the test delivers it, in an order of its choosing. */
    private static final class HeldTasks implements id.sistemparkir.desktop.common.Tasks {

        private final List<Runnable> answers = new ArrayList<>();

        @Override
        public <T> Running submit(
                String name,
                java.util.concurrent.Callable<T> work,
                java.util.function.Consumer<? super T> onSuccess,
                java.util.function.Consumer<Throwable> onFailure) {
            java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                answers.add(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
                return running(cancelled);
            }
            answers.add(() -> {
                if (!cancelled.get()) {
                    onSuccess.accept(result);
                }
            });
            return running(cancelled);
        }

        private static Running running(java.util.concurrent.atomic.AtomicBoolean cancelled) {
            return new Running() {
                @Override
                public void cancel() {
                    cancelled.set(true);
                }

                @Override
                public boolean done() {
                    return true;
                }
            };
        }

        @Override
        public void onUi(Runnable action) {
            action.run();
        }

        void deliverNewestFirst() {
            for (int i = answers.size() - 1; i >= 0; i--) {
                answers.get(i).run();
            }
            answers.clear();
        }
    }
}
