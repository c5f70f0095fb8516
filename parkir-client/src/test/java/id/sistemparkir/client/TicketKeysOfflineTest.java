package id.sistemparkir.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.client.device.printer.PngFilePrinter;
import id.sistemparkir.client.lane.ExitQuote;
import id.sistemparkir.client.lane.LaneRejection;
import id.sistemparkir.core.ticket.Ed25519Keys;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestApi;
import id.sistemparkir.server.testsupport.TestServer;
import id.sistemparkir.testing.TcpProxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exit lane verifies tickets offline with the cached ring (issue 8): revoked, altered and re-signed tickets are
 * refused without the server; a rotated key's old tickets still price.
 */
class TicketKeysOfflineTest {

    @TempDir
    Path tmp;

    private TestDatabase database;
    private TestServer server;
    private TcpProxy link;

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

    private LaneClient lane(String station) {
        Path dir = tmp.resolve(station);
        return TestLanes.open(
                "http://127.0.0.1:" + link.port(),
                dir,
                station,
                station.startsWith("IN") ? "ParkingIN" : "ParkingOut",
                Clock.systemUTC(),
                new PngFilePrinter(dir.resolve("tickets"), TestLanes.WIB));
    }

    private static Instant minutesAgo(int minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String ticket(LaneClient entry, Instant at) {
        return entry.ticketKeys()
                .signer()
                .sign(new TicketData(UUID.randomUUID(), entry.config().gate(), VehicleType.MOBIL, at));
    }

    private void admin(String path, Map<String, String> body) {
        var response = server.api().post(path, server.api().adminToken(), TestApi.json(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static void assertRefusedOffline(LaneClient exit, String code) {
        assertThatThrownBy(() -> exit.exitLane().quoteTicket(code, false))
                .isInstanceOfSatisfying(
                        LaneRejection.class,
                        refused -> assertThat(refused.text().key()).isEqualTo("lane.rejection.forged_ticket"));
    }

    @Test
    void theCachedRingRefusesRevokedAlteredAndReSignedTicketsOfflineAndHonoursRotatedKeys() throws Exception {
        LaneClient in1 = lane("IN1");
        LaneClient in2 = lane("IN2");
        LaneClient out1 = lane("OUT1");
        TestLanes.enroll(server, in1);
        TestLanes.enroll(server, in2);
        String beforeRevocation = ticket(in2, minutesAgo(60));
        String afterRevocation = ticket(in2, minutesAgo(5));
        String oldKeyTicket = ticket(in1, minutesAgo(45));
        admin(
                "/api/v1/ticket-stations/IN2/revoke",
                Map.of("revokedAt", minutesAgo(30).toString(), "reason", "PC hilang"));
        TicketSigner next = in1.ticketKeys().stationKey().nextSigner();
        admin("/api/v1/ticket-stations/IN1/rotate", Map.of("publicKey", Ed25519Keys.encodePublic(next.publicKey())));
        assertThat(out1.connect(false).connected()).isTrue(); // downloads the ring
        link.cut();

        assertRefusedOffline(out1, afterRevocation);
        ExitQuote earlier = out1.exitLane().quoteTicket(beforeRevocation, false);
        assertThat(earlier.source()).isEqualTo("ticket");
        ExitQuote rotated = out1.exitLane().quoteTicket(oldKeyTicket, false);
        assertThat(rotated.source()).isEqualTo("ticket");
        assertThat(rotated.fee()).isEqualTo(5_000);

        // Altered: the vehicle class under the original signature (MOBIL → MOTOR costs less).
        String genuine = ticket(in1, minutesAgo(120));
        String otherClass = in1.ticketKeys()
                .signer()
                .sign(new TicketData(
                        TicketSigner.readUnverified(genuine).ticketId(),
                        "IN1",
                        VehicleType.MOTOR,
                        TicketSigner.readUnverified(genuine).entryTime()));
        String altered = otherClass.substring(0, otherClass.indexOf('-')) + genuine.substring(genuine.indexOf('-'));
        assertRefusedOffline(out1, altered);

        // Re-signed: IN1's ticket, signed with IN2's private key taken from IN2's PC.
        String body = genuine.substring(0, genuine.indexOf('-'));
        String resigned = body + "-" + base32(sign(privateKeyOf(tmp.resolve("IN2")), body));
        assertRefusedOffline(out1, resigned);
    }

    private static KeyPair privateKeyOf(Path dataDir) throws Exception {
        String[] halves = Files.readString(dataDir.resolve("secrets").resolve("ticket-key"))
                .trim()
                .split(" ");
        return new KeyPair(Ed25519Keys.decodePublic(halves[1]), Ed25519Keys.decodePrivate(halves[0]));
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
