package id.sistemparkir.core.contract;

import java.time.Instant;

/**
 * The answer to a login (DESIGN §4).
 *
 * @param token the bearer token for {@code Authorization: Bearer <token>}
 * @param ticketKey the ticket HMAC key in base64, so that a lane can sign and verify tickets offline
 * @param ticketKeyId the key's id ({@code TicketSigner.keyId()}), to tell which key a lane holds
 */
public record LoginResponse(String token, Instant expiresAt, UserInfo user, String ticketKey, String ticketKeyId) {

    /** Never shows the token or the key. */
    @Override
    public String toString() {
        return "LoginResponse[token=***, expiresAt=" + expiresAt + ", user=" + user + ", ticketKey=***, ticketKeyId="
                + ticketKeyId + "]";
    }
}
