package id.sistemparkir.bench;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.vehicle.VehicleType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Online entries as a lane posts them, each with a fresh id and a plate no other entry of the run has. */
final class Lanes {

    private static final AtomicLong PLATES = new AtomicLong();

    private final URI entries;
    private final String token;

    Lanes(String baseUrl, String token) {
        this.entries = URI.create(baseUrl + "/api/v1/entries");
        this.token = token;
    }

    /** One lane's HTTP client (a lane is its own process with its own connection). */
    static HttpClient laneClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Posts one entry and returns its id; fails unless the server answers 201. */
    UUID postEntry(HttpClient http) throws IOException, InterruptedException {
        UUID id = UUID.randomUUID();
        EntryRequest entry = new EntryRequest(
                id, null, nextPlate(), VehicleType.MOBIL, "IN1", Instant.now().minusSeconds(1), false, false);
        HttpRequest request = HttpRequest.newBuilder(entries)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(entry)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("entry answered " + response.statusCode() + ": " + response.body());
        }
        return id;
    }

    /** "B 1 A" … "B 9999 ZZZ": valid, and unique within a run (no suspected duplicates). */
    static String nextPlate() {
        long n = PLATES.getAndIncrement();
        long number = n % 9999 + 1;
        long rest = n / 9999;
        StringBuilder letters = new StringBuilder();
        do {
            letters.append((char) ('A' + rest % 26));
            rest /= 26;
        } while (rest > 0 && letters.length() < 3);
        return "B " + number + " " + letters;
    }
}
