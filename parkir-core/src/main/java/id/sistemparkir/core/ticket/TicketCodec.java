package id.sistemparkir.core.ticket;

import id.sistemparkir.core.ticket.InvalidTicketException.Reason;
import id.sistemparkir.core.vehicle.VehicleType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** The text and binary layout of a version 1 ticket code; see {@link TicketSigner} for the format. */
final class TicketCodec {

    static final String PREFIX = "T1";
    static final char SEPARATOR = '-';
    static final int SIGNATURE_BYTES = 10;
    static final int SIGNATURE_CHARS = 16;

    /** Vehicle class codes of format version 1, by position; independent of the enum's declaration order. */
    private static final VehicleType[] TYPE_CODES = {VehicleType.MOTOR, VehicleType.MOBIL, VehicleType.TRUK};

    private static final int FIXED_BYTES = 16 + 5 + 1;
    private static final int MIN_PAYLOAD = FIXED_BYTES + 1;
    private static final int MAX_PAYLOAD = FIXED_BYTES + 16;
    static final int MAX_LENGTH = PREFIX.length() + Base32.encodedLength(MAX_PAYLOAD) + 1 + SIGNATURE_CHARS;

    /** A code split into its signed body ({@code T1} + payload text), payload bytes and signature bytes. */
    record Parts(String body, byte[] payload, byte[] signature) {}

    private TicketCodec() {}

    /** The signed part of a code: the version prefix and the base32 payload. */
    static String body(TicketData data) {
        byte[] gate = data.gate().getBytes(StandardCharsets.US_ASCII);
        long seconds = data.entryTime().getEpochSecond();
        ByteBuffer payload = ByteBuffer.allocate(FIXED_BYTES + gate.length)
                .putLong(data.ticketId().getMostSignificantBits())
                .putLong(data.ticketId().getLeastSignificantBits())
                .put((byte) (seconds >>> 32))
                .putInt((int) seconds)
                .put((byte) typeCode(data.vehicleType()))
                .put(gate);
        return PREFIX + Base32.encode(payload.array());
    }

    static String join(String body, byte[] signature) {
        return body + SEPARATOR + Base32.encode(signature);
    }

    /** Checks the structure of a code and splits it; does not check the signature. */
    static Parts split(String code) {
        if (code == null || code.isEmpty()) {
            throw malformed("ticket code is empty");
        }
        if (code.length() < PREFIX.length() || code.charAt(0) != PREFIX.charAt(0) || !isDigit(code.charAt(1))) {
            throw malformed("not a ticket code");
        }
        if (code.charAt(1) != PREFIX.charAt(1)) {
            throw new InvalidTicketException(
                    Reason.UNSUPPORTED_VERSION,
                    "ticket code version " + code.charAt(1) + " is not supported (this software reads version 1)");
        }
        if (code.length() > MAX_LENGTH) {
            throw malformed("ticket code is too long");
        }
        int separator = code.length() - SIGNATURE_CHARS - 1;
        if (separator < PREFIX.length() || code.charAt(separator) != SEPARATOR) {
            throw malformed("ticket code has no signature");
        }
        try {
            byte[] payload = Base32.decode(code.subSequence(PREFIX.length(), separator));
            byte[] signature = Base32.decode(code.subSequence(separator + 1, code.length()));
            checkPayloadLength(payload);
            return new Parts(code.substring(0, separator), payload, signature);
        } catch (IllegalArgumentException e) {
            throw malformed("ticket code is damaged: " + e.getMessage());
        }
    }

    private static void checkPayloadLength(byte[] payload) {
        if (payload.length < MIN_PAYLOAD || payload.length > MAX_PAYLOAD) {
            throw malformed("ticket payload has the wrong length");
        }
    }

    /** Reads the binary payload of a version 1 code. */
    static TicketData read(byte[] payload) {
        checkPayloadLength(payload);
        ByteBuffer in = ByteBuffer.wrap(payload);
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
        throw new IllegalArgumentException("vehicle class " + type + " has no ticket code in format version 1");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static InvalidTicketException malformed(String message) {
        return new InvalidTicketException(Reason.MALFORMED, message);
    }
}
