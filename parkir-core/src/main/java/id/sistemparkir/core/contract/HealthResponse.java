package id.sistemparkir.core.contract;

import java.time.Instant;

/**
 * {@code GET /api/v1/health} (DESIGN §4).
 *
 * @param server {@value #UP}
 * @param database {@value #UP} or {@value #DOWN}
 * @param time the server's clock
 */
public record HealthResponse(String server, String database, Instant time) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";
}
