package id.sistemparkir.core.contract;

import java.time.Instant;

/**
 * The answer to a login (DESIGN §4). It carries no ticket key: entry stations sign with their own key, and exit lanes
 * fetch the public keys from {@code GET /api/v1/ticket-keys} (decision 0015).
 *
 * @param token the bearer token for {@code Authorization: Bearer <token>}
 */
public record LoginResponse(String token, Instant expiresAt, UserInfo user) {

    /** Never shows the token. */
    @Override
    public String toString() {
        return "LoginResponse[token=***, expiresAt=" + expiresAt + ", user=" + user + "]";
    }
}
