package id.sistemparkir.server.ticket;

import static id.sistemparkir.server.testsupport.TestApi.json;
import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.TicketKeyDto;
import id.sistemparkir.core.contract.TicketKeysResponse;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.ticket.Ed25519Keys;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketKeyRing;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.Times;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Per-station ticket keys end to end (issue 8): enrollment, rotation and revocation by an administrator, and every
 * forgery refused online with nothing stored. Run on H2 and MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TicketKeysContract {

    private static final String OPERATOR = "kasir.tiket";
    private static final String PASSWORD = "Kasir-Tiket-Rahasia-1";

    private TestDatabase database;
    private TestServer server;
    private TestApi api;
    private String admin;
    private String operator;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void startServer() {
        database = createDatabase();
        server = TestServer.start(database.config());
        api = server.api();
        admin = api.adminToken();
        HttpResponse<String> created = api.post(
                "/api/v1/users",
                admin,
                json(Map.of("username", OPERATOR, "password", PASSWORD, "role", "OPERATOR", "fullName", "Kasir")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        operator = api.login(OPERATOR, PASSWORD);
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

    private static Instant minutesAgo(int minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    }

    private HttpResponse<String> enroll(String code, TicketSigner signer) {
        return api.post(
                "/api/v1/ticket-stations",
                admin,
                json(Map.of(
                        "code",
                        code,
                        "name",
                        "Entry " + code,
                        "direction",
                        "IN",
                        "gate",
                        code,
                        "publicKey",
                        Ed25519Keys.encodePublic(signer.publicKey()))));
    }

    private TicketSigner enrolled(String code) {
        TicketSigner signer = TicketSigner.generate();
        HttpResponse<String> response = enroll(code, signer);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return signer;
    }

    private HttpResponse<String> postEntry(UUID id, String code, String gate, Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("ticketCode", code);
        body.put("plate", "B " + (1000 + Math.abs(id.hashCode() % 8999)) + " TK");
        body.put("vehicleType", "MOBIL");
        body.put("gate", gate);
        body.put("entryTime", at.toString());
        body.put("offline", true);
        return api.post("/api/v1/entries", admin, json(body));
    }

    private HttpResponse<String> postExit(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", UUID.randomUUID().toString());
        body.put("ticketCode", code);
        body.put("gate", "OUT1");
        body.put("exitTime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("fee", 200_000);
        body.put("paid", 200_000);
        body.put("paymentMethod", "CASH");
        body.put("lostTicket", false);
        body.put("offline", false);
        return api.post("/api/v1/exits", admin, json(body));
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

    /** Refused as not genuine, online, for the entry, the exit and the lookup; nothing of it is stored. */
    private void assertRefusedEverywhere(UUID id, String code, String gate, Instant at) {
        HttpResponse<String> entry = postEntry(id, code, gate, at);
        HttpResponse<String> exit = postExit(code);
        HttpResponse<String> lookup = api.get("/api/v1/tickets/" + code, admin);
        assertThat(entry.statusCode()).as(entry.body()).isEqualTo(400);
        assertThat(parse(entry).get("error").asText()).isEqualTo("invalid_ticket");
        assertThat(exit.statusCode()).as(exit.body()).isEqualTo(400);
        assertThat(parse(exit).get("error").asText()).isEqualTo("invalid_ticket");
        assertThat(lookup.statusCode()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE id = ?", id.toString()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM request_ids WHERE id = ?", id.toString()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM pending_exits WHERE ticket_code = ?", code))
                .isZero();
    }

    @Test
    void anEnrolledStationsTicketIsAcceptedAndRecordedWithItsSigner() {
        TicketSigner in1 = enrolled("KIN1");
        UUID id = UUID.randomUUID();
        Instant at = minutesAgo(30);
        String code = in1.sign(new TicketData(id, "KIN1", VehicleType.MOBIL, at));

        HttpResponse<String> entry = postEntry(id, code, "KIN1", at);

        assertThat(entry.statusCode()).as(entry.body()).isEqualTo(201);
        assertThat(count(
                        "SELECT COUNT(*) FROM parking_sessions WHERE id = ? AND ticket_signer = 'KIN1'"
                                + " AND ticket_key_id = ? AND ticket_signature = ?",
                        id.toString(),
                        in1.keyId(),
                        code.substring(code.indexOf('-') + 1)))
                .isEqualTo(1);
        assertThat(postExit(code).statusCode()).isEqualTo(201);
    }

    @Test
    void aTicketSignedByAnOperatorsOwnKeyIsRefused() {
        TicketSigner own = TicketSigner.generate();
        UUID id = UUID.randomUUID();
        Instant at = minutesAgo(5);

        assertRefusedEverywhere(id, own.sign(new TicketData(id, "KIN2", VehicleType.MOBIL, at)), "KIN2", at);
    }

    @Test
    void aTicketAlteredInAnyFieldIsRefused() {
        TicketSigner in3 = enrolled("KIN3");
        UUID id = UUID.randomUUID();
        Instant at = minutesAgo(300);
        String genuine = in3.sign(new TicketData(id, "KIN3", VehicleType.TRUK, at));
        String signature = genuine.substring(genuine.indexOf('-'));
        List<TicketData> altered = List.of(
                new TicketData(UUID.randomUUID(), "KIN3", VehicleType.TRUK, at),
                new TicketData(id, "KIN4", VehicleType.TRUK, at),
                new TicketData(id, "KIN3", VehicleType.MOTOR, at),
                new TicketData(id, "KIN3", VehicleType.TRUK, minutesAgo(2)));
        for (TicketData data : altered) {
            String body = in3.sign(data);
            String forged = body.substring(0, body.indexOf('-')) + signature;
            assertRefusedEverywhere(data.ticketId(), forged, data.gate(), data.entryTime());
        }
    }

    @Test
    void aTicketNamingOneStationButReSignedWithAnotherStationsKeyIsRefused() throws Exception {
        TicketSigner in5 = enrolled("KIN5");
        KeyPair in6 = Ed25519Keys.generate();
        assertThat(enroll("KIN6", new TicketSigner(in6)).statusCode()).isEqualTo(201);
        UUID id = UUID.randomUUID();
        Instant at = minutesAgo(3);
        String genuine = in5.sign(new TicketData(id, "KIN5", VehicleType.MOBIL, at));
        String body = genuine.substring(0, genuine.indexOf('-'));

        String resigned = body + "-" + base32(sign(in6, body));

        assertRefusedEverywhere(id, resigned, "KIN5", at);
    }

    @Test
    void aRevokedStationsTicketsFromAfterTheRevocationAreRefusedEarlierOnesStillExit() {
        TicketSigner in7 = enrolled("KIN7");
        UUID before = UUID.randomUUID();
        Instant beforeAt = minutesAgo(60);
        String earlier = in7.sign(new TicketData(before, "KIN7", VehicleType.MOBIL, beforeAt));
        assertThat(postEntry(before, earlier, "KIN7", beforeAt).statusCode()).isEqualTo(201);
        UUID unseen = UUID.randomUUID();
        Instant unseenAt = minutesAgo(50);
        String unseenBefore = in7.sign(new TicketData(unseen, "KIN7", VehicleType.MOBIL, unseenAt));

        Instant revokedAt = minutesAgo(40);
        HttpResponse<String> revoked = api.post(
                "/api/v1/ticket-stations/KIN7/revoke",
                admin,
                json(Map.of("revokedAt", revokedAt.toString(), "reason", "PC hilang")));
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);

        UUID after = UUID.randomUUID();
        Instant afterAt = minutesAgo(10);
        assertRefusedEverywhere(
                after, in7.sign(new TicketData(after, "KIN7", VehicleType.MOBIL, afterAt)), "KIN7", afterAt);
        assertThat(postExit(earlier).statusCode()).isEqualTo(201);
        assertThat(postEntry(unseen, unseenBefore, "KIN7", unseenAt).statusCode())
                .isEqualTo(201);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'station.revoked' AND target = 'station:KIN7'"))
                .isEqualTo(1);
        assertThat(ring().key(in7.keyId()).orElseThrow().revokedAt()).isEqualTo(revokedAt);
    }

    @Test
    void aRotatedKeysOldTicketsStillExitAndTheNewKeySigns() {
        TicketSigner old = enrolled("KIN8");
        UUID id = UUID.randomUUID();
        Instant at = minutesAgo(90);
        String oldTicket = old.sign(new TicketData(id, "KIN8", VehicleType.MOBIL, at));
        assertThat(postEntry(id, oldTicket, "KIN8", at).statusCode()).isEqualTo(201);
        TicketSigner fresh = TicketSigner.generate();

        HttpResponse<String> rotated = api.post(
                "/api/v1/ticket-stations/KIN8/rotate",
                admin,
                json(Map.of("publicKey", Ed25519Keys.encodePublic(fresh.publicKey()))));

        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        JsonNode keys = parse(rotated).get("keys");
        assertThat(keys).hasSize(2);
        assertThat(postExit(oldTicket).statusCode()).isEqualTo(201);
        UUID next = UUID.randomUUID();
        Instant nextAt = minutesAgo(1);
        assertThat(postEntry(next, fresh.sign(new TicketData(next, "KIN8", VehicleType.MOBIL, nextAt)), "KIN8", nextAt)
                        .statusCode())
                .isEqualTo(201);
        TicketKeyDto retired = ringDtos().stream()
                .filter(k -> k.keyId().equals(old.keyId()))
                .findFirst()
                .orElseThrow();
        assertThat(retired.retiredAt()).isNotNull();
        assertThat(retired.revokedAt()).isNull();
        assertThat(count(
                        "SELECT COUNT(*) FROM event_log WHERE event_type = 'ticket-keys.updated' AND payload LIKE ?",
                        "%KIN8%"))
                .isEqualTo(2);
    }

    @Test
    void enrollmentRefusesBadInputAndChangesNothing() {
        TicketSigner signer = enrolled("KIN9");
        long stations = count("SELECT COUNT(*) FROM enrolled_stations");
        long keys = count("SELECT COUNT(*) FROM ticket_keys");

        assertThat(enroll("KIN9", TicketSigner.generate()).statusCode()).isEqualTo(409); // code taken
        assertThat(enroll("KIN10", signer).statusCode()).isEqualTo(409); // another station's key
        assertThat(enroll("SERVER", TicketSigner.generate()).statusCode()).isEqualTo(400);
        assertThat(enroll("../x", TicketSigner.generate()).statusCode()).isEqualTo(400);
        HttpResponse<String> notAKey = api.post(
                "/api/v1/ticket-stations",
                admin,
                json(Map.of("code", "KIN11", "name", "x", "direction", "IN", "gate", "KIN11", "publicKey", "AAAA")));
        assertThat(notAKey.statusCode()).isEqualTo(400);
        assertThat(parse(notAKey).get("error").asText()).isEqualTo("invalid_key");
        assertThat(api.post("/api/v1/ticket-stations/KIN9/revoke", admin, json(Map.of("reason", " ")))
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/ticket-stations/KIN9/revoke",
                                admin,
                                json(Map.of(
                                        "reason",
                                        "x",
                                        "revokedAt",
                                        Instant.now().plusSeconds(3600).toString())))
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/ticket-stations/NOPE/rotate",
                                admin,
                                json(Map.of(
                                        "publicKey",
                                        Ed25519Keys.encodePublic(
                                                TicketSigner.generate().publicKey()))))
                        .statusCode())
                .isEqualTo(404);

        assertThat(count("SELECT COUNT(*) FROM enrolled_stations")).isEqualTo(stations);
        assertThat(count("SELECT COUNT(*) FROM ticket_keys")).isEqualTo(keys);
    }

    @Test
    void anOperatorGetsPublicKeysOnlyAndCannotEnroll() throws Exception {
        enrolled("KIN12");
        String serverPrivate = database.jdbi()
                .withHandle(
                        h -> h.createQuery("SELECT setting_value FROM settings WHERE setting_key = 'ticket.server-key'")
                                .mapTo(String.class)
                                .one())
                .split(" ")[0];

        HttpResponse<String> keys = api.get("/api/v1/ticket-keys", operator);
        HttpResponse<String> login = api.post(
                "/api/v1/auth/login",
                null,
                json(Map.of("username", OPERATOR, "password", PASSWORD, "station", "KIN12")));

        assertThat(keys.statusCode()).isEqualTo(200);
        assertThat(keys.body()).doesNotContain(serverPrivate).doesNotContainIgnoringCase("private");
        assertThat(login.body()).doesNotContain(serverPrivate).doesNotContain("ticketKey");
        assertThat(ring().key(serverKeyId()).orElseThrow().signer()).isEqualTo("SERVER");
        assertThat(api.get("/api/v1/ticket-stations", operator).statusCode()).isEqualTo(403);
        assertThat(enrollAs(operator).statusCode()).isEqualTo(403);
        assertThat(api.post("/api/v1/ticket-stations/KIN12/revoke", operator, json(Map.of("reason", "x")))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/ticket-key", operator).statusCode()).isEqualTo(404); // the shared key is gone
    }

    @Test
    void aFormat1TicketIsHonouredOnlyAsTheCodeOfASessionStoredBeforeTheUpgrade() {
        UUID id = UUID.randomUUID();
        String legacy = "T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2";
        Instant at = minutesAgo(20);
        // As V1..V6 stored it: no signer recorded.
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO parking_sessions (id, ticket_code, plate,"
                        + " plate_display, non_standard_plate, vehicle_type, status, entry_gate, entry_time,"
                        + " entry_received_at, entry_offline, entry_station, entry_operator, suspected_duplicate,"
                        + " tariff_version, updated_at) VALUES (:id, :code, 'B1T', 'B 1 T', FALSE, 'MOBIL', 'ACTIVE',"
                        + " 'IN1', :at, :at, FALSE, 'IN1', 'op', FALSE, 1, :at)")
                .bind("id", id.toString())
                .bind("code", legacy)
                .bind("at", Times.toDb(at))
                .execute());
        String unknownLegacy = "T1" + "A".repeat(42) + "-" + "A".repeat(16);

        assertThat(api.get("/api/v1/tickets/" + legacy, admin).statusCode()).isEqualTo(200);
        assertThat(postExit(unknownLegacy).statusCode()).isEqualTo(400);
        assertThat(postEntry(UUID.randomUUID(), unknownLegacy, "IN1", at).statusCode())
                .isEqualTo(400);
        assertThat(postExit(legacy).statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> enrollAs(String token) {
        return api.post(
                "/api/v1/ticket-stations",
                token,
                json(Map.of(
                        "code",
                        "KIN13",
                        "name",
                        "x",
                        "direction",
                        "IN",
                        "gate",
                        "KIN13",
                        "publicKey",
                        Ed25519Keys.encodePublic(TicketSigner.generate().publicKey()))));
    }

    private List<TicketKeyDto> ringDtos() {
        try {
            return Json.mapper()
                    .readValue(api.get("/api/v1/ticket-keys", admin).body(), TicketKeysResponse.class)
                    .keys();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private TicketKeyRing ring() {
        return new TicketKeyRing(
                ringDtos().stream().map(TicketKeyDto::toTrustedKey).toList());
    }

    /** The id of the server's own key in the ring. */
    private String serverKeyId() {
        return ringDtos().stream()
                .filter(k -> k.station().equals(TicketKeyDto.SERVER))
                .findFirst()
                .orElseThrow()
                .keyId();
    }

    private static byte[] sign(KeyPair keys, String body) throws Exception {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(keys.getPrivate());
        signature.update(body.getBytes(StandardCharsets.US_ASCII));
        return signature.sign();
    }

    /** RFC 4648 base32 without padding, as in ticket codes. */
    private static String base32(byte[] data) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.append(alphabet.charAt((buffer >>> bits) & 31));
            }
            buffer &= (1 << bits) - 1;
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}
