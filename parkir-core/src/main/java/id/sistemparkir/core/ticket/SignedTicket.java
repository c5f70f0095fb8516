package id.sistemparkir.core.ticket;

/**
 * A ticket whose signature checked out, with who signed it (recorded with the session).
 *
 * @param data what the ticket carries
 * @param keyId the id of the key that signed it
 * @param signer the station code of that key, or {@code SERVER}
 * @param signature the signature as printed (base32)
 */
public record SignedTicket(TicketData data, String keyId, String signer, String signature) {}
