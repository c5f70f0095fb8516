package id.sistemparkir.server.testsupport;

import id.sistemparkir.core.ticket.Ed25519Keys;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.util.Map;

/** Enrolls entry stations on a test server, as an administrator would (decision 0015). */
public final class TestStations {

    private TestStations() {}

    /** Enrolls {@code station} as an entry station (gate = station code) with its public ticket key. */
    public static void enrollEntry(TestServer server, String station, PublicKey publicKey) {
        HttpResponse<String> response = server.api()
                .post(
                        "/api/v1/ticket-stations",
                        server.api().adminToken(),
                        TestApi.json(Map.of(
                                "code",
                                station,
                                "name",
                                "Entry " + station,
                                "direction",
                                "IN",
                                "gate",
                                station,
                                "publicKey",
                                Ed25519Keys.encodePublic(publicKey))));
        if (response.statusCode() != 201) {
            throw new AssertionError("enrolling " + station + " failed: " + response.body());
        }
    }
}
