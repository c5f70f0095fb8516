package id.sistemparkir.core.ticket;

import id.sistemparkir.core.ticket.InvalidTicketException.Reason;
import id.sistemparkir.core.vehicle.VehicleType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * The text and binary layout of ticket codes; see {@link TicketSigner} for format 2. Format 1 (HMAC, before issue 8)
 * is still parsed so that a code printed before the upgrade is recognised, never verified (see decision 0015).
 */
final class TicketCodec {

    static final char SEPARATOR = '-';
    static final String PREFIX_V1 = "T1";
    static final String PREFIX_V2 = "T2";

    /** Format 1: 10 bytes of HMAC-SHA256. */
    private static final int V1_SIGNATURE_CHARS = 16;
    /** Format 2: a full Ed25519 signature. */
    static final int SIGNATURE_BYTES = 64;

    static final int SIGNATURE_CHARS = Base32.encodedLength(SIGNATURE_BYTES);

    static final int KEY_ID_BYTES = TicketKeyIds.BYTES;

    /** Vehicle class codes, by position; independent of the enum's declaration order. */
    private static final VehicleType[] TYPE_CODES = {VehicleType.MOTOR, VehicleType.MOBIL, VehicleType.TRUK};

    private static final int TICKET_BYTES = 16 + 5 + 1;
    private static final int MAX_GATE = 16;
    static final int MAX_LENGTH =
            PREFIX_V2.length() + Base32.encodedLength(KEY_ID_BYTES + TICKET_BYTES + MAX_GATE) + 1 + SIGNATURE_CHARS;

    /**
     * A code split into its parts; the signature is not checked.
     *
     * @param version 1 or 2
     * @param body the signed text: the prefix and the payload text
     * @param keyId the signing key's id (format 2), {@code null} for format 1
     * @param data what the ticket carries
     * @param signature the signature bytes
     */
    record Parts(int version, String body, String keyId, TicketData data, byte[] signature) {}

    private TicketCodec() {}

    /** The signed part of a format 2 code: the prefix and the base32 payload (key id, then the ticket). */
    static String body(String keyId, TicketData data) {
        byte[] gate = data.gate().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer payload =
                ByteBuffer.allocate(KEY_ID_BYTES + TICKET_BYTES + gate.length).put(TicketKeyIds.toBytes(keyId));
        putTicket(payload, data, gate);
        return PREFIX_V2 + Base32.encode(payload.array());
    }

    static String join(String body, byte[] signature) {
        return body + SEPARATOR + Base32.encode(signature);
    }

    /** Checks the structure of a code and splits it; does not check the signature. */
    static Parts split(String code) {
        if (code == null || code.isEmpty()) {
            throw malformed("ticket code is empty");
        }
        if (code.length() < 2 || code.charAt(0) != 'T' || !isDigit(code.charAt(1))) {
            throw malformed("not a ticket code");
        }
        int version = code.charAt(1) - '0';
        if (version != 1 && version != 2) {
            throw new InvalidTicketException(
                    Reason.UNSUPPORTED_VERSION,
                    "ticket code version " + version + " is not supported (this software reads versions 1 and 2)");
        }
        if (code.length() > MAX_LENGTH) {
            throw malformed("ticket code is too long");
        }
        int signatureChars = version == 1 ? V1_SIGNATURE_CHARS : SIGNATURE_CHARS;
        int separator = code.length() - signatureChars - 1;
        if (separator < 2 || code.charAt(separator) != SEPARATOR) {
            throw malformed("ticket code has no signature");
        }
        try {
            byte[] payload = Base32.decode(code.subSequence(2, separator));
            byte[] signature = Base32.decode(code.subSequence(separator + 1, code.length()));
            String body = code.substring(0, separator);
            if (version == 1) {
                return new Parts(1, body, null, readTicket(payload, 0), signature);
            }
            if (payload.length < KEY_ID_BYTES) {
                throw malformed("ticket payload has the wrong length");
            }
            String keyId = TicketKeyIds.fromBytes(Arrays.copyOf(payload, KEY_ID_BYTES));
            return new Parts(2, body, keyId, readTicket(payload, KEY_ID_BYTES), signature);
        } catch (IllegalArgumentException e) {
            throw malformed("ticket code is damaged: " + e.getMessage());
        }
    }

    private static void putTicket(ByteBuffer out, TicketData data, byte[] gate) {
        long seconds = data.entryTime().getEpochSecond();
        out.putLong(data.ticketId().getMostSignificantBits())
                .putLong(data.ticketId().getLeastSignificantBits())
                .put((byte) (seconds >>> 32))
                .putInt((int) seconds)
                .put((byte) typeCode(data.vehicleType()))
                .put(gate);
    }

    /** Reads the ticket part of a payload, from {@code offset} to the end (the gate is the rest). */
    private static TicketData readTicket(byte[] payload, int offset) {
        int length = payload.length - offset;
        if (length < TICKET_BYTES + 1 || length > TICKET_BYTES + MAX_GATE) {
            throw malformed("ticket payload has the wrong length");
        }
        ByteBuffer in = ByteBuffer.wrap(payload, offset, length);
        UUID id = new UUID(in.getLong(), in.getLong());
        long seconds = ((in.get() & 0xFFL) << 32) | (in.getInt() & 0xFFFF_FFFFL);
        int typeCode = in.get() & 0xFF;
        if (typeCode >= TYPE_CODES.length) {
            throw malformed("ticket has an unknown vehicle class code " + typeCode);
        }
        byte[] gate = new byte[in.remaining()];
        in.get(gate);
        try {
            return new TicketData(
                    id,
                    new String(gate, StandardCharsets.US_ASCII),
                    TYPE_CODES[typeCode],
                    Instant.ofEpochSecond(seconds));
        } catch (IllegalArgumentException e) {
            throw malformed("ticket content is invalid: " + e.getMessage());
        }
    }

    private static int typeCode(VehicleType type) {
        for (int i = 0; i < TYPE_CODES.length; i++) {
            if (TYPE_CODES[i] == type) {
                return i;
            }
        }
        throw new IllegalArgumentException("vehicle class " + type + " has no ticket code");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static InvalidTicketException malformed(String message) {
        return new InvalidTicketException(Reason.MALFORMED, message);
    }
}
