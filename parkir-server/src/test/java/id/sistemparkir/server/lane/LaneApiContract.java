package id.sistemparkir.server.lane;

import static id.sistemparkir.server.lane.LaneRequests.entry;
import static id.sistemparkir.server.lane.LaneRequests.entryWithTicket;
import static id.sistemparkir.server.lane.LaneRequests.exitByEntryId;
import static id.sistemparkir.server.lane.LaneRequests.exitByTicket;
import static id.sistemparkir.server.testsupport.TestApi.json;
import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.TicketKeyDto;
import id.sistemparkir.core.contract.TicketKeysResponse;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.ticket.Ed25519Keys;
import id.sistemparkir.core.ticket.SignedTicket;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketKeyRing;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.testsupport.Jpegs;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The lane API end to end (real server, real database), run on H2 and MariaDB. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LaneApiContract {

    private TestDatabase database;
    private TestServer server;
    private TestApi api;
    private String token;
    private TicketSigner laneSigner;
    private String operatorToken;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void startServer() {
        database = createDatabase();
        server = TestServer.start(database.config());
        api = server.api();
        token = api.adminToken();
        laneSigner = TicketSigner.generate();
        HttpResponse<String> enrolled = api.post(
                "/api/v1/ticket-stations",
                token,
                json(Map.of(
                        "code",
                        "IN1",
                        "name",
                        "Entry 1",
                        "direction",
                        "IN",
                        "gate",
                        "IN1",
                        "publicKey",
                        Ed25519Keys.encodePublic(laneSigner.publicKey()))));
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** The key ring as an exit lane downloads it. */
    private TicketKeyRing ring() throws Exception {
        TicketKeysResponse keys =
                Json.mapper().readValue(api.get("/api/v1/ticket-keys", token).body(), TicketKeysResponse.class);
        return new TicketKeyRing(
                keys.keys().stream().map(TicketKeyDto::toTrustedKey).toList());
    }

    private Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private HttpResponse<String> postEntry(EntryRequest request) {
        return api.post("/api/v1/entries", token, json(request));
    }

    private HttpResponse<String> postExit(ExitRequest request) {
        return api.post("/api/v1/exits", token, json(request));
    }

    private long count(String sql, Object... args) {
        return database.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }

    @Test
    void entryIssuesASignedTicketAndAReplayIsAlreadyPresent() throws Exception {
        EntryRequest request = entry("b 1234 xyz", VehicleType.MOBIL, now().minusSeconds(60));

        HttpResponse<String> first = postEntry(request);
        HttpResponse<String> again = postEntry(request);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode body = parse(first);
        assertThat(body.get("plate").asText()).isEqualTo("B1234XYZ");
        assertThat(body.get("plateDisplay").asText()).isEqualTo("B 1234 XYZ");
        assertThat(body.get("duplicate").asBoolean()).isFalse();
        SignedTicket signed = ring().verify(body.get("ticketCode").asText());
        assertThat(signed.data().ticketId()).isEqualTo(request.id());
        assertThat(signed.signer()).isEqualTo(TicketKeyDto.SERVER);
        assertThat(count(
                        "SELECT COUNT(*) FROM parking_sessions WHERE id = ? AND ticket_signer = 'SERVER'"
                                + " AND ticket_key_id = ? AND ticket_signature = ?",
                        request.id().toString(),
                        signed.keyId(),
                        signed.signature()))
                .isEqualTo(1);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(parse(again).get("duplicate").asBoolean()).isTrue();
        assertThat(parse(again).get("ticketCode").asText())
                .isEqualTo(body.get("ticketCode").asText());
        assertThat(count(
                        "SELECT COUNT(*) FROM parking_sessions WHERE id = ?",
                        request.id().toString()))
                .isEqualTo(1);
    }

    @Test
    void sameIdWithOtherContentIsAConflictAndChangesNothing() {
        EntryRequest request = entry("B 77 AB", VehicleType.MOTOR, now());
        assertThat(postEntry(request).statusCode()).isEqualTo(201);
        EntryRequest altered = new EntryRequest(
                request.id(), null, "B 78 AB", VehicleType.MOTOR, "IN1", request.entryTime(), false, false);

        HttpResponse<String> response = postEntry(altered);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(parse(response).get("error").asText()).isEqualTo("id_conflict");
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE plate = 'B78AB'"))
                .isZero();
    }

    @Test
    void anOnlineRetryOfAnOfflineRecordIsAlreadyPresentNotAConflict() {
        UUID id = UUID.randomUUID();
        Instant at = now().minusSeconds(300);
        String code = laneSigner.sign(new TicketData(id, "IN1", VehicleType.MOBIL, at));
        EntryRequest online = new EntryRequest(id, code, "D 1 A", VehicleType.MOBIL, "IN1", at, false, false);
        EntryRequest fromOutbox = new EntryRequest(id, code, "D 1 A", VehicleType.MOBIL, "IN1", at, true, false);

        assertThat(postEntry(online).statusCode()).isEqualTo(201);
        HttpResponse<String> replay = postEntry(fromOutbox);

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(parse(replay).get("ticketCode").asText()).isEqualTo(code);
    }

    @Test
    void theSameEntrySentAHundredTimesConcurrentlyMakesOneSession() throws Exception {
        EntryRequest request = entry("F 4321 QQ", VehicleType.MOBIL, now());
        List<Integer> statuses = concurrently(100, () -> postEntry(request).statusCode());

        assertThat(statuses).containsOnly(201, 200);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM parking_sessions WHERE id = ?",
                        request.id().toString()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM event_log WHERE event_type = 'vehicle.entered' AND payload LIKE ?",
                        "%" + request.id() + "%"))
                .isEqualTo(1);
    }

    @Test
    void aSecondActiveEntryOfOnePlateIsStoredButFlagged() {
        assertThat(parse(postEntry(entry("AB 5 C", VehicleType.MOBIL, now())))
                        .get("suspectedDuplicate")
                        .asBoolean())
                .isFalse();
        HttpResponse<String> second = postEntry(entry("AB-5-C", VehicleType.MOBIL, now()));

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(parse(second).get("suspectedDuplicate").asBoolean()).isTrue();
    }

    @Test
    void exitIsPricedUnderTheTariffAndAMismatchIsRecorded() {
        Instant in = now().minus(Duration.ofMinutes(150));
        String code = parse(postEntry(entry("B 2222 CD", VehicleType.MOBIL, in)))
                .get("ticketCode")
                .asText();

        HttpResponse<String> exit = postExit(exitByTicket(code, in.plus(Duration.ofMinutes(150)), 10_000));

        assertThat(exit.statusCode()).as(exit.body()).isEqualTo(201);
        JsonNode body = parse(exit);
        assertThat(body.get("expectedFee").asLong()).isEqualTo(11_000);
        assertThat(body.get("fee").asLong()).isEqualTo(10_000);
        assertThat(body.get("feeMismatch").asBoolean()).isTrue();
        JsonNode session = parse(api.get("/api/v1/tickets/" + code, token));
        assertThat(session.get("status").asText()).isEqualTo("EXITED");
        assertThat(session.get("fee").asLong()).isEqualTo(10_000);
    }

    @Test
    void twoExitsOfOneTicketAtTheSameMomentGiveOne201AndOne409CarryingTheFirst() throws Exception {
        Instant in = now().minus(Duration.ofMinutes(30));
        String code = parse(postEntry(entry("B 3333 EF", VehicleType.MOBIL, in)))
                .get("ticketCode")
                .asText();
        ExitRequest a = exitByTicket(code, now(), 5_000);
        ExitRequest b = exitByTicket(code, now(), 5_000);
        CountDownLatch start = new CountDownLatch(1);

        List<HttpResponse<String>> responses = concurrently(
                2,
                new Callable<>() {
                    private int next;

                    @Override
                    public HttpResponse<String> call() throws Exception {
                        ExitRequest mine;
                        synchronized (this) {
                            mine = next++ == 0 ? a : b;
                        }
                        start.await();
                        return postExit(mine);
                    }
                },
                start);

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409);
        HttpResponse<String> loser = responses.stream()
                .filter(r -> r.statusCode() == 409)
                .findFirst()
                .orElseThrow();
        HttpResponse<String> winner = responses.stream()
                .filter(r -> r.statusCode() == 201)
                .findFirst()
                .orElseThrow();
        assertThat(parse(loser).get("error").asText()).isEqualTo("already_exited");
        assertThat(parse(loser).get("existing").get("id").asText())
                .isEqualTo(parse(winner).get("id").asText());
        assertThat(count("SELECT COUNT(*) FROM request_ids WHERE id IN (?, ?)", a.id().toString(), b.id().toString()))
                .isEqualTo(1);
    }

    @Test
    void anExitReplayIsAlreadyPresent() {
        String code = parse(postEntry(entry("B 4444 GH", VehicleType.MOTOR, now().minusSeconds(3600))))
                .get("ticketCode")
                .asText();
        ExitRequest exit = exitByTicket(code, now(), 2_000);

        assertThat(postExit(exit).statusCode()).isEqualTo(201);
        HttpResponse<String> again = postExit(exit);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(parse(again).get("duplicate").asBoolean()).isTrue();
    }

    @Test
    void anExitBeforeItsEntryWaitsAndIsJoinedWhenTheEntryArrives() {
        UUID entryId = UUID.randomUUID();
        Instant in = now().minus(Duration.ofMinutes(61));
        String code = laneSigner.sign(new TicketData(entryId, "IN1", VehicleType.MOBIL, in));

        HttpResponse<String> exit = postExit(exitByTicket(code, now(), 8_000));
        assertThat(exit.statusCode()).as(exit.body()).isEqualTo(202);
        assertThat(parse(exit).get("pendingEntry").asBoolean()).isTrue();

        HttpResponse<String> entry = postEntry(entryWithTicket(entryId, code, "B 5555 JK", VehicleType.MOBIL, in));
        assertThat(entry.statusCode()).isEqualTo(201);

        JsonNode session = parse(api.get("/api/v1/tickets/" + code, token));
        assertThat(session.get("status").asText()).isEqualTo("EXITED");
        assertThat(session.get("fee").asLong()).isEqualTo(8_000);
        assertThat(count("SELECT COUNT(*) FROM pending_exits WHERE entry_id = ?", entryId.toString()))
                .isZero();
    }

    @Test
    void aPendingExitReplayedAfterItsJoinIsAlreadyPresent() {
        UUID entryId = UUID.randomUUID();
        Instant in = now().minus(Duration.ofMinutes(20));
        String code = laneSigner.sign(new TicketData(entryId, "IN1", VehicleType.MOTOR, in));
        ExitRequest exit = exitByTicket(code, now(), 2_000);
        assertThat(postExit(exit).statusCode()).isEqualTo(202);
        assertThat(postExit(exit).statusCode()).isEqualTo(202);
        postEntry(entryWithTicket(entryId, code, "B 6 KL", VehicleType.MOTOR, in));

        HttpResponse<String> replay = postExit(exit);

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(parse(replay).get("duplicate").asBoolean()).isTrue();
    }

    @Test
    void aForgedTicketIsRefusedAndStoresNothing() {
        TicketSigner forger = TicketSigner.generate();
        UUID id = UUID.randomUUID();
        String forged = forger.sign(new TicketData(id, "IN1", VehicleType.MOBIL, now()));

        HttpResponse<String> exit = postExit(exitByTicket(forged, now(), 0));
        HttpResponse<String> entryResponse = postEntry(entryWithTicket(id, forged, "B 7 MN", VehicleType.MOBIL, now()));
        HttpResponse<String> lookup = api.get("/api/v1/tickets/" + forged, token);

        assertThat(exit.statusCode()).isEqualTo(400);
        assertThat(parse(exit).get("error").asText()).isEqualTo("invalid_ticket");
        assertThat(entryResponse.statusCode()).isEqualTo(400);
        assertThat(lookup.statusCode()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM request_ids WHERE id = ?", id.toString()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE id = ?", id.toString()))
                .isZero();
    }

    @Test
    void lostTicketFoundByPlatePaysTheLostTicketFee() {
        Instant in = now().minus(Duration.ofMinutes(150));
        JsonNode entry = parse(postEntry(entry("B 8888 PQ", VehicleType.MOBIL, in)));
        UUID entryId = UUID.fromString(entry.get("id").asText());

        JsonNode inside = parse(api.get("/api/v1/vehicles/inside?plate=b%208888", token));
        assertThat(inside).anySatisfy(s -> assertThat(s.get("id").asText()).isEqualTo(entryId.toString()));
        JsonNode quote = parse(api.get(
                "/api/v1/fees/quote?entryId=" + entryId + "&lostTicket=true&exitTime="
                        + in.plus(Duration.ofMinutes(150)).toString(),
                token));
        assertThat(quote.get("fee").asLong()).isEqualTo(61_000);

        HttpResponse<String> exit = postExit(exitByEntryId(entryId, in.plus(Duration.ofMinutes(150)), 61_000, true));
        assertThat(exit.statusCode()).isEqualTo(201);
        assertThat(parse(exit).get("feeMismatch").asBoolean()).isFalse();
        assertThat(parse(api.get("/api/v1/vehicles/inside?plate=B8888PQ", token)))
                .isEmpty();
    }

    @Test
    void everyVehicleInsideCanBeLoadedPageByPageInIdOrder() {
        Instant in = now().minus(Duration.ofMinutes(5));
        List<String> mine = new ArrayList<>();
        for (String plate : List.of("B 71 PG", "B 72 PG", "B 73 PG")) {
            mine.add(parse(postEntry(entry(plate, VehicleType.MOTOR, in)))
                    .get("id")
                    .asText());
        }

        List<String> seen = new ArrayList<>();
        String after = "00000000-0000-0000-0000-000000000000";
        while (true) {
            JsonNode page = parse(api.get("/api/v1/vehicles/inside?limit=2&after=" + after, token));
            page.forEach(s -> {
                assertThat(s.get("status").asText()).isEqualTo("ACTIVE");
                seen.add(s.get("id").asText());
            });
            if (page.size() < 2) {
                break;
            }
            after = page.get(page.size() - 1).get("id").asText();
        }

        assertThat(seen).containsAll(mine).doesNotHaveDuplicates().isSorted();
        assertThat(api.get("/api/v1/vehicles/inside?limit=2&after=not-a-uuid", token)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void feeQuoteByTicket() {
        Instant in = now().minus(Duration.ofMinutes(61));
        String code = parse(postEntry(entry("B 9 RS", VehicleType.MOTOR, in)))
                .get("ticketCode")
                .asText();

        JsonNode quote = parse(api.get(
                "/api/v1/fees/quote?ticketCode=" + code + "&exitTime=" + in.plus(Duration.ofMinutes(61)), token));

        assertThat(quote.get("fee").asLong()).isEqualTo(3_000);
        assertThat(quote.get("tariffVersion").asInt()).isEqualTo(1);
        assertThat(quote.get("lines")).isNotEmpty();
    }

    @Test
    void photosAreIdempotentAndValidated() throws Exception {
        UUID record = UUID.randomUUID();
        byte[] jpeg = Jpegs.valid(1);
        byte[] other = Jpegs.valid(2);

        assertThat(api.putBytes("/api/v1/photos/" + record, token, "image/jpeg", jpeg)
                        .statusCode())
                .isEqualTo(201);
        assertThat(api.putBytes("/api/v1/photos/" + record, token, "image/jpeg", jpeg)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.putBytes("/api/v1/photos/" + record, token, "image/jpeg", other)
                        .statusCode())
                .isEqualTo(409);
        assertThat(api.putBytes("/api/v1/photos/" + UUID.randomUUID(), token, "image/jpeg", new byte[] {1, 2, 3, 4})
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.putBytes("/api/v1/photos/..%2F..%2Fetc", token, "image/jpeg", jpeg)
                        .statusCode())
                .isIn(400, 404);
        assertThat(statusOfAnnouncedUpload("/api/v1/photos/" + UUID.randomUUID(), 5 * 1024 * 1024 + 1))
                .isEqualTo(413);
        HttpResponse<String> back = api.get("/api/v1/photos/" + record, token);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }

    @Test
    void aNewTariffVersionAppliesOnlyToVehiclesThatEnterAfterIt() {
        // In force from 30 minutes ahead, so the other tests' entries (now or earlier) keep version 1.
        Instant from = now().plus(Duration.ofMinutes(30));
        Instant in = now().minus(Duration.ofMinutes(61));
        String before = parse(postEntry(entry("B 10 TU", VehicleType.TRUK, in)))
                .get("ticketCode")
                .asText();
        Map<String, Object> rate =
                Map.of("graceSeconds", 0, "firstHour", 1, "nextHour", 1, "maxPerDay", 10, "lostTicket", 5);
        HttpResponse<String> put = api.put(
                "/api/v1/tariffs",
                token,
                json(Map.of(
                        "effectiveFrom",
                        from.toString(),
                        "rates",
                        Map.of("MOTOR", rate, "MOBIL", rate, "TRUK", rate))));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        Instant laterIn = from.plus(Duration.ofMinutes(10));
        String after = parse(postEntry(entry("B 12 TU", VehicleType.TRUK, laterIn)))
                .get("ticketCode")
                .asText();

        JsonNode quoteBefore = parse(api.get(
                "/api/v1/fees/quote?ticketCode=" + before + "&exitTime=" + in.plus(Duration.ofMinutes(61)), token));
        JsonNode quoteAfter = parse(api.get(
                "/api/v1/fees/quote?ticketCode=" + after + "&exitTime=" + laterIn.plus(Duration.ofMinutes(61)), token));

        assertThat(quoteBefore.get("fee").asLong()).isEqualTo(15_000);
        assertThat(quoteBefore.get("tariffVersion").asInt()).isEqualTo(1);
        assertThat(quoteAfter.get("fee").asLong()).isEqualTo(2);
        assertThat(quoteAfter.get("tariffVersion").asInt())
                .isEqualTo(parse(put).get("version").asInt());
        HttpResponse<String> past = api.put(
                "/api/v1/tariffs",
                token,
                json(Map.of(
                        "effectiveFrom",
                        "2020-01-01T00:00:00Z",
                        "rates",
                        Map.of("MOTOR", rate, "MOBIL", rate, "TRUK", rate))));
        assertThat(past.statusCode()).isEqualTo(400);
    }

    @Test
    void everySyncedRecordLeavesASyncLogLine() {
        EntryRequest request = entry("B 11 VW", VehicleType.MOBIL, now());
        postEntry(request);
        postEntry(request);

        JsonNode log = parse(api.get("/api/v1/sync-log?recordId=" + request.id(), token))
                .get("items");

        assertThat(log).extracting(l -> l.get("outcome").asText()).containsExactly("ALREADY_PRESENT", "CREATED");
    }

    @Test
    void anExitHoursBeforeItsEntryIsRefusedAndStoresNothing() {
        Instant in = now().minus(Duration.ofHours(1));
        JsonNode entry = parse(postEntry(entry("B 6060 AB", VehicleType.MOBIL, in)));
        ExitRequest early = exitByTicket(entry.get("ticketCode").asText(), now().minus(Duration.ofHours(5)), 0);

        HttpResponse<String> exit = postExit(early);

        assertThat(exit.statusCode()).as(exit.body()).isEqualTo(400);
        assertThat(parse(exit).get("error").asText()).isEqualTo("exit_before_entry");
        assertThat(count(
                        "SELECT COUNT(*) FROM request_ids WHERE id = ?",
                        early.id().toString()))
                .isZero();
        assertThat(parse(api.get("/api/v1/tickets/" + entry.get("ticketCode").asText(), token))
                        .get("status")
                        .asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void anExitJustBeforeItsEntryIsRecordedAndFlagged() {
        Instant in = now().minus(Duration.ofMinutes(10));
        String code = parse(postEntry(entry("B 6061 AB", VehicleType.MOBIL, in)))
                .get("ticketCode")
                .asText();

        HttpResponse<String> exit = postExit(exitByTicket(code, in.minusSeconds(30), 0));

        assertThat(exit.statusCode()).as(exit.body()).isEqualTo(201);
        assertThat(parse(exit).get("exitBeforeEntry").asBoolean()).isTrue();
        assertThat(parse(exit).get("expectedFee").asLong()).isZero();
        JsonNode session = parse(api.get("/api/v1/tickets/" + code, token));
        assertThat(session.get("status").asText()).isEqualTo("EXITED");
        assertThat(session.get("exitBeforeEntry").asBoolean()).isTrue();
    }

    @Test
    void aWaitingExitBeforeItsEntryIsJoinedAndFlagged() {
        UUID entryId = UUID.randomUUID();
        Instant in = now().minus(Duration.ofMinutes(30));
        String code = laneSigner.sign(new TicketData(entryId, "IN1", VehicleType.MOBIL, in));
        assertThat(postExit(exitByTicket(code, in.minus(Duration.ofHours(2)), 0))
                        .statusCode())
                .isEqualTo(202);

        assertThat(postEntry(entryWithTicket(entryId, code, "B 6062 AB", VehicleType.MOBIL, in))
                        .statusCode())
                .isEqualTo(201);

        JsonNode session = parse(api.get("/api/v1/tickets/" + code, token));
        assertThat(session.get("status").asText()).isEqualTo("EXITED");
        assertThat(session.get("exitBeforeEntry").asBoolean()).isTrue();
    }

    @Test
    void aSecondExitOfATicketWhoseFirstExitWaitsForItsEntryGets409WithTheWaitingExit() {
        UUID entryId = UUID.randomUUID();
        Instant in = now().minus(Duration.ofMinutes(40));
        String code = laneSigner.sign(new TicketData(entryId, "IN1", VehicleType.MOBIL, in));
        ExitRequest first = exitByTicket(code, now().minusSeconds(120), 5_000);
        ExitRequest second = exitByTicket(code, now(), 5_000);
        assertThat(postExit(first).statusCode()).isEqualTo(202);

        HttpResponse<String> refused = postExit(second);

        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode body = parse(refused);
        assertThat(body.get("error").asText()).isEqualTo("already_exited");
        assertThat(body.get("existing").get("id").asText()).isEqualTo(first.id().toString());
        assertThat(body.get("existing").get("pendingEntry").asBoolean()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM pending_exits WHERE entry_id = ?", entryId.toString()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM request_ids WHERE id = ?",
                        second.id().toString()))
                .isZero();
    }

    @Test
    void bothOfflineExitsOfAnUnseenTicketAreKeptTheLoserAsAConflictForSupervisors() {
        UUID entryId = UUID.randomUUID();
        Instant in = now().minus(Duration.ofMinutes(150));
        String code = laneSigner.sign(new TicketData(entryId, "IN1", VehicleType.MOBIL, in));
        ExitRequest first = offline(exitByTicket(code, now().minusSeconds(600), 11_000));
        ExitRequest second = offline(exitByTicket(code, now().minusSeconds(300), 12_000));
        assertThat(postExit(first).statusCode()).isEqualTo(202);

        HttpResponse<String> refused = postExit(second);
        HttpResponse<String> replayed = postExit(second);
        assertThat(postEntry(entryWithTicket(entryId, code, "B 6063 AB", VehicleType.MOBIL, in))
                        .statusCode())
                .isEqualTo(201);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(parse(refused).get("error").asText()).isEqualTo("exit_conflict");
        assertThat(parse(refused).get("conflict").get("paid").asLong()).isEqualTo(12_000);
        assertThat(replayed.statusCode()).isEqualTo(409);
        assertThat(parse(replayed).get("conflict").get("id").asText())
                .isEqualTo(second.id().toString());
        JsonNode session = parse(api.get("/api/v1/tickets/" + code, token));
        assertThat(session.get("status").asText()).isEqualTo("EXITED");
        assertThat(session.get("paid").asLong()).isEqualTo(11_000);
        JsonNode conflicts = parse(api.get("/api/v1/exit-conflicts", token));
        assertThat(conflicts)
                .filteredOn(c -> c.get("id").asText().equals(second.id().toString()))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.get("entryId").asText()).isEqualTo(entryId.toString());
                    assertThat(c.get("fee").asLong()).isEqualTo(12_000);
                    assertThat(c.get("paid").asLong()).isEqualTo(12_000);
                    assertThat(c.get("paymentMethod").asText()).isEqualTo("CASH");
                    assertThat(c.get("gate").asText()).isEqualTo("OUT1");
                    assertThat(c.get("operator").asText()).isEqualTo("admin");
                    assertThat(c.get("reason").asText()).isEqualTo("EXIT_PENDING");
                    assertThat(c.get("winningExitId").asText())
                            .isEqualTo(first.id().toString());
                });
        assertThat(api.get("/api/v1/exit-conflicts", operatorToken()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void pendingExitsAreListedForSupervisorsWithTheirAge() {
        UUID entryId = UUID.randomUUID();
        Instant in = now().minus(Duration.ofMinutes(20));
        String code = laneSigner.sign(new TicketData(entryId, "IN1", VehicleType.MOTOR, in));
        ExitRequest exit = exitByTicket(code, now(), 2_000);
        assertThat(postExit(exit).statusCode()).isEqualTo(202);

        JsonNode listed = parse(api.get("/api/v1/pending-exits", token));
        JsonNode overdue = parse(api.get("/api/v1/pending-exits?overdue=true", token));

        assertThat(listed)
                .filteredOn(p -> p.get("id").asText().equals(exit.id().toString()))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.get("entryId").asText()).isEqualTo(entryId.toString());
                    assertThat(p.get("ticketCode").asText()).isEqualTo(code);
                    assertThat(p.get("fee").asLong()).isEqualTo(2_000);
                    assertThat(p.get("ageSeconds").asLong()).isBetween(0L, 600L);
                    assertThat(p.get("overdue").asBoolean()).isFalse();
                });
        assertThat(overdue).noneSatisfy(p -> assertThat(p.get("id").asText())
                .isEqualTo(exit.id().toString()));
        assertThat(api.get("/api/v1/pending-exits", operatorToken()).statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/pending-exits?limit=0", token).statusCode()).isEqualTo(400);
    }

    private static ExitRequest offline(ExitRequest exit) {
        return new ExitRequest(
                exit.id(),
                exit.ticketCode(),
                exit.entryId(),
                exit.plate(),
                exit.gate(),
                exit.exitTime(),
                exit.fee(),
                exit.paid(),
                exit.paymentMethod(),
                exit.lostTicket(),
                true);
    }

    private String operatorToken() {
        if (operatorToken == null) {
            HttpResponse<String> created = api.post(
                    "/api/v1/users",
                    token,
                    json(Map.of("username", "lane-op", "password", "Lane-Operator-Pass-1", "role", "OPERATOR")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            operatorToken = api.login("lane-op", "Lane-Operator-Pass-1");
        }
        return operatorToken;
    }

    /**
     * Announces a body of {@code length} bytes and sends only its start: the server must refuse on the announced size
     * (413) without waiting for, or storing, the rest. A raw socket, because an HTTP client that is refused mid-upload
     * reports a broken pipe instead of the answer.
     */
    private int statusOfAnnouncedUpload(String path, int length) throws java.io.IOException {
        java.net.URI uri = java.net.URI.create(api.baseUrl());
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "PUT " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(
                            socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @SafeVarargs
    private static <T> List<T> concurrently(int times, Callable<T> task, CountDownLatch... gate) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(times, 16));
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(task));
            }
            for (CountDownLatch latch : gate) {
                latch.countDown();
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
