package id.sistemparkir.client.api;

/**
 * {@code GET /api/v1/ticket-key}: the HMAC key that signs ticket codes, so that a lane can sign and verify tickets
 * while offline (DESIGN §7). Keep it in memory; never log it.
 *
 * @param ticketKey the key in base64
 * @param ticketKeyId the key's id, to tell which key a lane holds
 */
public record TicketKey(String ticketKey, String ticketKeyId) {

    /** Never shows the key. */
    @Override
    public String toString() {
        return "TicketKey[ticketKey=***, ticketKeyId=" + ticketKeyId + "]";
    }
}
