package id.sistemparkir.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.ticket.ShortCode;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.testing.TcpProxy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parkir exit} in process: short codes, the lost-ticket choice, explicit "ticket not presented", methods. */
class ExitCommandTest {

    @TempDir
    Path dataDir;

    private TestDatabase database;
    private TestServer server;
    private TcpProxy link;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void start() throws Exception {
        database = TestDatabases.h2();
        server = TestServer.start(database.config());
        link = TcpProxy.start("127.0.0.1", server.server().port());
    }

    @AfterEach
    void stop() {
        link.close();
        server.close();
        database.close();
    }

    private int parkir(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--server",
                "http://127.0.0.1:" + link.port(),
                "--station",
                "OUT1",
                "--data-dir",
                dataDir.toString(),
                "--user",
                "admin",
                "--password",
                TestServer.ADMIN_PASSWORD));
        return ParkirCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(all.toArray(String[]::new));
    }

    private void enterWithId(UUID id, String plate) {
        TestApi api = server.api();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1800);
        assertThat(api.post(
                                "/api/v1/entries",
                                api.adminToken(),
                                TestApi.json(
                                        new EntryRequest(id, null, plate, VehicleType.MOBIL, "IN2", at, false, false)))
                        .statusCode())
                .isEqualTo(201);
    }

    private String status(UUID id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT status FROM parking_sessions WHERE id = :id")
                .bind("id", id.toString())
                .mapTo(String.class)
                .one());
    }

    @Test
    void aPlateAloneIsRefusedAndLetsNobodyOut() {
        UUID id = UUID.randomUUID();
        enterWithId(id, "B 7701 CLI");

        int code = parkir("exit", "--plate", "B 7701 CLI");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--lost-ticket").contains("--ticket-not-presented");
        assertThat(status(id)).isEqualTo("ACTIVE");
    }

    @Test
    void aTicketNotPresentedIsAnExplicitExitAtTheNormalFeeListedForTheBackOffice() throws Exception {
        UUID id = UUID.randomUUID();
        enterWithId(id, "B 7702 CLI");

        int code = parkir("exit", "--plate", "B 7702 CLI", "--ticket-not-presented", "--json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode exit = Json.mapper().readTree(out.toString());
        assertThat(exit.get("lostTicket").asBoolean()).isFalse();
        assertThat(exit.get("fee").asLong()).isEqualTo(5_000);
        TestApi api = server.api();
        assertThat(api.get("/api/v1/reviews?kind=TICKET_NOT_PRESENTED", api.adminToken())
                        .body())
                .contains(id.toString());
    }

    @Test
    void theResultIsInTheChosenLanguageOnly() {
        enterWithId(UUID.randomUUID(), "B 7703 CLI");

        int code = parkir("exit", "--plate", "B 7703 CLI", "--ticket-not-presented", "--lang", "en");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Exit: ", "Fee: ", "Paid: ", "Change: ");
        assertThat(out.toString()).doesNotContain("Keluar", "Tarif", "Dibayar", "Kembali", "gerbang");
    }

    @Test
    void twoSessionsOfOnePlateAreListedAndTheOperatorChoosesWithSession() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        enterWithId(first, "B 7703 CLI");
        enterWithId(second, "B 7703 CLI");

        int listed = parkir("exit", "--plate", "b 7703 cli", "--lost-ticket");

        assertThat(listed).isEqualTo(3);
        assertThat(err.toString())
                .contains("--session")
                .contains(first.toString())
                .contains(second.toString())
                .contains("gerbang IN2")
                .contains("(Asia/Jakarta)")
                .contains("foto tidak ada");
        assertThat(status(first)).isEqualTo("ACTIVE");
        assertThat(status(second)).isEqualTo("ACTIVE");

        int chosen = parkir("exit", "--plate", "B 7703 CLI", "--lost-ticket", "--session", second.toString(), "--json");

        assertThat(chosen).as(err.toString()).isZero();
        assertThat(Json.mapper().readTree(out.toString()).get("fee").asLong()).isEqualTo(55_000);
        assertThat(status(second)).isEqualTo("EXITED");
        assertThat(status(first)).isEqualTo("ACTIVE");
    }

    @Test
    void aTypedShortCodeExitsOnlineAndOfflineAndBitcoinIsRefused() throws Exception {
        UUID online = UUID.randomUUID();
        enterWithId(online, "B 7704 CLI");

        int bitcoin = parkir("exit", "--ticket", ShortCode.of(online), "--method", "BITCOIN");
        assertThat(bitcoin).isEqualTo(2);
        assertThat(err.toString()).contains("BITCOIN").contains("QRIS");
        assertThat(status(online)).isEqualTo("ACTIVE");

        String typed = ShortCode.of(online).replace("-", "").toLowerCase(Locale.ROOT);
        assertThat(parkir("exit", "--ticket", typed, "--method", "qris", "--json"))
                .as(err.toString())
                .isZero();
        assertThat(Json.mapper().readTree(out.toString()).get("offline").asBoolean())
                .isFalse();
        assertThat(status(online)).isEqualTo("EXITED");

        // This lane records an entry (so its cache holds it), then loses the server: the short code still works.
        assertThat(parkir("entry", "--plate", "B 7705 CLI", "--type", "MOTOR", "--json"))
                .isZero();
        String shortCode =
                Json.mapper().readTree(out.toString()).get("shortCode").asText();
        link.cut();
        int offline =
                parkir("exit", "--ticket", shortCode.toLowerCase(Locale.ROOT).replace('0', 'o'), "--json");
        assertThat(offline).as(err.toString()).isZero();
        assertThat(Json.mapper().readTree(out.toString()).get("offline").asBoolean())
                .isTrue();
    }
}
