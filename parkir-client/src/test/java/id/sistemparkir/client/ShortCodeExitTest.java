package id.sistemparkir.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.client.device.printer.SimulatedPrinter;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.lane.EntryOutcome;
import id.sistemparkir.client.lane.ExitLane;
import id.sistemparkir.client.lane.ExitQuote;
import id.sistemparkir.client.lane.LaneRejection;
import id.sistemparkir.client.lane.SessionChoiceNeeded;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.ticket.ShortCode;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.testing.TcpProxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A typed short code finds the same vehicle as its QR, online through the server and offline through the exit lane's
 * cache of vehicles inside; several vehicles for one code or one plate are offered for the operator to choose.
 */
class ShortCodeExitTest {

    @TempDir
    Path tmp;

    private TestDatabase database;
    private TestServer server;
    private TcpProxy link;
    private LaneClient entryLane;
    private LaneClient exitLane;

    @BeforeEach
    void start() throws Exception {
        database = TestDatabases.h2();
        server = TestServer.start(database.config());
        link = TcpProxy.start("127.0.0.1", server.server().port());
        entryLane = lane("IN1", "ParkingIN");
        exitLane = lane("OUT1", "ParkingOut");
    }

    @AfterEach
    void stop() {
        entryLane.close();
        exitLane.close();
        link.close();
        server.close();
        database.close();
    }

    private LaneClient lane(String station, String app) {
        return TestLanes.open(
                "http://127.0.0.1:" + link.port(),
                tmp.resolve(station),
                station,
                app,
                Clock.systemUTC(),
                new SimulatedPrinter(TestLanes.WIB));
    }

    private static List<String> typedForms(String code) {
        String plain = code.replace("-", "");
        return List.of(
                code,
                plain,
                code.toLowerCase(Locale.ROOT),
                plain.replace('0', 'O').replace('1', 'I'),
                code.replace('1', 'l').toLowerCase(Locale.ROOT),
                code.substring(0, 4) + " " + code.substring(5));
    }

    /** An entry posted straight to the server with a chosen id (a lane makes its ids at random). */
    private void enterWithId(UUID id, String plate) {
        TestApi api = server.api();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1200);
        int status = api.post(
                        "/api/v1/entries",
                        api.adminToken(),
                        TestApi.json(new EntryRequest(id, null, plate, VehicleType.MOBIL, "IN2", at, false, false)))
                .statusCode();
        assertThat(status).isEqualTo(201);
    }

    private static UUID sameShortCodeAs(UUID base) {
        UUID random = UUID.randomUUID();
        return new UUID(
                (base.getMostSignificantBits() & 0xFFFF_FFFF_FF00_0000L)
                        | (random.getMostSignificantBits() & 0xFF_FFFFL),
                random.getLeastSignificantBits());
    }

    @Test
    void everyTypedFormResolvesTheTicketOnlineAndOfflineAndTheExitIsRecorded() {
        assertThat(entryLane.connect().connected()).isTrue();
        EntryOutcome entry = entryLane.entryLane().enter("B 2201 KC", VehicleType.MOBIL, false, Optional.empty());
        assertThat(entry.shortCode()).isEqualTo(ShortCode.of(entry.id()));
        assertThat(exitLane.connect().connected()).isTrue();
        ExitLane exits = exitLane.exitLane();

        for (String typed : typedForms(entry.shortCode())) {
            ExitQuote online = exits.quoteTicket(typed, false);
            assertThat(online.sessionId()).as(typed).isEqualTo(entry.id());
            assertThat(online.ticketCode()).isEqualTo(entry.ticketCode());
            assertThat(online.source()).isEqualTo("server");
        }
        link.cut();
        for (String typed : typedForms(entry.shortCode())) {
            ExitQuote offline = exits.quoteTicket(typed, false);
            assertThat(offline.sessionId()).as(typed).isEqualTo(entry.id());
            assertThat(offline.ticketCode()).isEqualTo(entry.ticketCode());
            assertThat(offline.source()).isEqualTo("cache");
        }
        ExitQuote quote = exits.quoteTicket(entry.shortCode().toLowerCase(Locale.ROOT), false);
        assertThat(exits.exit(quote, quote.fee(), "CASH").offline()).isTrue();
        link.restore();
        assertThat(exitLane.syncEngine().syncAll().failed()).isZero();
        String status = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT status FROM parking_sessions WHERE id = :id")
                        .bind("id", entry.id().toString())
                        .mapTo(String.class)
                        .one());
        assertThat(status).isEqualTo("EXITED");
    }

    @Test
    void aCodeNoVehicleInsideHasIsRefusedWithTheWayOut() {
        assertThat(exitLane.connect().connected()).isTrue();
        String unknown = ShortCode.of(UUID.randomUUID());

        assertThatThrownBy(() -> exitLane.exitLane().quoteTicket(unknown, false))
                .isInstanceOfSatisfying(LaneRejection.class, e -> {
                    assertThat(e.code()).isEqualTo("not_found");
                    assertThat(e.text()).isEqualTo(Message.of("lane.rejection.short_code_not_inside", unknown));
                });
    }

    @Test
    void aShortCodeOfTwoVehiclesInsideOffersBothAndTheOperatorChoosesOnlineAndOffline() {
        UUID first = UUID.randomUUID();
        UUID second = sameShortCodeAs(first);
        enterWithId(first, "B 2202 KC");
        enterWithId(second, "D 2203 KC");
        assertThat(exitLane.connect().connected()).isTrue();
        ExitLane exits = exitLane.exitLane();
        String typed = ShortCode.of(first).replace("-", "").toLowerCase(Locale.ROOT);

        for (boolean online : List.of(true, false)) {
            if (!online) {
                link.cut();
            }
            assertThatThrownBy(() -> exits.quoteTicket(typed, false))
                    .isInstanceOfSatisfying(SessionChoiceNeeded.class, e -> assertThat(e.candidates())
                            .extracting(SessionView::id)
                            .containsExactlyInAnyOrder(first, second));
            ExitQuote chosen = exits.quoteTicket(typed, false, second);
            assertThat(chosen.sessionId()).isEqualTo(second);
            assertThat(chosen.plate()).isEqualTo("D2203KC");
            assertThatThrownBy(() -> exits.quoteTicket(typed, false, UUID.randomUUID()))
                    .isInstanceOfSatisfying(
                            LaneRejection.class, e -> assertThat(e.code()).isEqualTo("unknown_session"));
        }
    }

    @Test
    void aLostTicketOfAPlateWithTwoSessionsInsideIsChosenNeverGuessed() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        enterWithId(first, "B 2204 KC");
        enterWithId(second, "B 2204 KC");
        assertThat(exitLane.connect().connected()).isTrue();
        ExitLane exits = exitLane.exitLane();

        List<SessionView> candidates = exits.findByPlate("b 2204 kc");
        assertThat(candidates).extracting(SessionView::id).containsExactlyInAnyOrder(first, second);
        assertThat(candidates).allMatch(s -> s.entryGate().equals("IN2") && Boolean.FALSE.equals(s.entryPhoto()));
        assertThatThrownBy(() -> ExitLane.choose(candidates, null, Message.of("lane.rejection.plate_not_inside", "x")))
                .isInstanceOfSatisfying(SessionChoiceNeeded.class, e -> assertThat(e.candidates())
                        .hasSize(2));
        SessionView chosen = ExitLane.choose(candidates, first, Message.of("lane.rejection.plate_not_inside", "x"));
        ExitQuote quote = exits.quoteSession(chosen, true);

        assertThat(quote.sessionId()).isEqualTo(first);
        assertThat(quote.lostTicket()).isTrue();
        assertThat(quote.fee()).isEqualTo(55_000); // 20 minutes' stay (first hour 5,000) + lost ticket 50,000
    }
}
