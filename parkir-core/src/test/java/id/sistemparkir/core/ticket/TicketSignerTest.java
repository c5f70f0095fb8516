package id.sistemparkir.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.core.ticket.InvalidTicketException.Reason;
import id.sistemparkir.core.vehicle.VehicleType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketSignerTest {

    private static final byte[] KEY = sequenceKey();
    private static final TicketSigner SIGNER = new TicketSigner(KEY);
    private static final TicketData TICKET = new TicketData(
            UUID.fromString("4f3a9c21-7425-40de-944b-e07fc1f90ae7"),
            "IN1",
            VehicleType.MOBIL,
            Instant.parse("2026-11-25T01:00:00Z"));
    /** Computed independently from the documented format (Python hmac + base64.b32encode). */
    private static final String GOLDEN = "T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2";

    private static final String SOME_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567019-.abz _/+=";

    @Test
    void signsInTheDocumentedFormat() {
        assertThat(SIGNER.sign(TICKET)).isEqualTo(GOLDEN);
        assertThat(SIGNER.verify(GOLDEN)).isEqualTo(TICKET);
    }

    @Test
    void keepsCodesShortAndInTheQrAlphanumericSet() {
        assertThat(GOLDEN).hasSize(59).matches("[A-Z0-9-]+");
        TicketData sixCharacterGate = new TicketData(TICKET.ticketId(), "EXIT-2", VehicleType.TRUK, TICKET.entryTime());
        assertThat(SIGNER.sign(sixCharacterGate)).hasSize(64);
        TicketData longestGate =
                new TicketData(TICKET.ticketId(), "GATE-EXIT-NORTH1", VehicleType.TRUK, TICKET.entryTime());
        assertThat(SIGNER.sign(longestGate)).hasSize(TicketCodec.MAX_LENGTH).hasSize(80);
    }

    @Test
    void rejectsEverySingleCharacterAlteration() {
        int checked = 0;
        for (int position = 0; position < GOLDEN.length(); position++) {
            for (char replacement : SOME_CHARACTERS.toCharArray()) {
                if (replacement != GOLDEN.charAt(position)) {
                    String altered = GOLDEN.substring(0, position) + replacement + GOLDEN.substring(position + 1);
                    assertRejected(() -> SIGNER.verify(altered), altered);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(2_500);
    }

    @Test
    void rejectsEveryDeletionInsertionAndSwap() {
        for (int position = 0; position < GOLDEN.length(); position++) {
            String deleted = GOLDEN.substring(0, position) + GOLDEN.substring(position + 1);
            String inserted = GOLDEN.substring(0, position) + 'A' + GOLDEN.substring(position);
            assertRejected(() -> SIGNER.verify(deleted), deleted);
            assertRejected(() -> SIGNER.verify(inserted), inserted);
            if (position + 1 < GOLDEN.length() && GOLDEN.charAt(position) != GOLDEN.charAt(position + 1)) {
                char[] swapped = GOLDEN.toCharArray();
                swapped[position] = GOLDEN.charAt(position + 1);
                swapped[position + 1] = GOLDEN.charAt(position);
                assertRejected(() -> SIGNER.verify(new String(swapped)), new String(swapped));
            }
        }
    }

    @Test
    void rejectsACodeSignedWithAnotherKey() {
        String forged = new TicketSigner(TicketSigner.newKey()).sign(TICKET);

        assertThat(reasonFor(() -> SIGNER.verify(forged))).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsAnotherTicketWithAStolenSignature() {
        TicketData other = new TicketData(TICKET.ticketId(), "IN1", VehicleType.MOTOR, TICKET.entryTime());
        String body = SIGNER.sign(other).substring(0, GOLDEN.indexOf('-'));
        String spliced = body + GOLDEN.substring(GOLDEN.indexOf('-'));

        assertThat(reasonFor(() -> SIGNER.verify(spliced))).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsEveryTruncationAsMalformed() {
        for (int length = 0; length < GOLDEN.length(); length++) {
            String truncated = GOLDEN.substring(0, length);
            assertThat(reasonFor(() -> SIGNER.verify(truncated))).as(truncated).isEqualTo(Reason.MALFORMED);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "T",
                "T1",
                "T1-",
                "hello",
                "12345678",
                "https://example.com/t/1",
                "T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-",
                "T1-GNAHE3YQRW3YF3S2",
                "T1AAAA-GNAHE3YQRW3YF3S2",
                "TX45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2",
                "t1j45jyiluevan5fcl4b74d6ik44agwbrtcaaustrr-gnahe3yqrw3yf3s2",
                " T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2",
                "T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2\n",
                "T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR_GNAHE3YQRW3YF3S2",
                "T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2=",
                "T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2-GNAHE3YQRW3YF3S2",
                "T1\u00c945JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2",
                "T1\ud83d\ude9745JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2"
            })
    void rejectsEmptyGarbageAndDamagedCodesAsMalformed(String code) {
        assertThat(reasonFor(() -> SIGNER.verify(code))).isEqualTo(Reason.MALFORMED);
        assertThat(reasonFor(() -> TicketSigner.readUnverified(code))).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void rejectsAHugeInputAsMalformed() {
        String huge = "T1" + "A".repeat(100_000) + GOLDEN.substring(GOLDEN.indexOf('-'));

        assertThat(reasonFor(() -> SIGNER.verify(huge))).isEqualTo(Reason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '2', '9'})
    void rejectsOtherFormatVersionsAsUnsupported(char version) {
        String code = "T" + version + GOLDEN.substring(2);

        assertThat(reasonFor(() -> SIGNER.verify(code))).isEqualTo(Reason.UNSUPPORTED_VERSION);
        assertThat(reasonFor(() -> TicketSigner.readUnverified(code))).isEqualTo(Reason.UNSUPPORTED_VERSION);
        assertThatThrownBy(() -> SIGNER.verify(code)).hasMessageContaining("version " + version);
    }

    @Test
    void rejectsAGenuinelySignedCodeWithImpossibleContentAsMalformed() {
        byte[] unknownVehicleClass = payload(7, "IN1");
        byte[] lowerCaseGate = payload(1, "in1");

        assertThat(reasonFor(() -> SIGNER.verify(signRaw(unknownVehicleClass)))).isEqualTo(Reason.MALFORMED);
        assertThat(reasonFor(() -> SIGNER.verify(signRaw(lowerCaseGate)))).isEqualTo(Reason.MALFORMED);
        assertThat(reasonFor(() -> SIGNER.verify(signRaw(Arrays.copyOf(payload(1, "IN1"), 22)))))
                .isEqualTo(Reason.MALFORMED);
    }

    @Test
    void readsUnverifiedCodesForDisplayOnly() {
        String forged = new TicketSigner(TicketSigner.newKey()).sign(TICKET);

        assertThat(TicketSigner.readUnverified(forged)).isEqualTo(TICKET);
        assertThat(TicketSigner.readUnverified(GOLDEN)).isEqualTo(TICKET);
    }

    @Test
    void explainsRejectionsInEnglish() {
        assertThatThrownBy(() -> SIGNER.verify(""))
                .isInstanceOf(InvalidTicketException.class)
                .hasMessage("ticket code is empty");
        String forged = new TicketSigner(TicketSigner.newKey()).sign(TICKET);
        assertThatThrownBy(() -> SIGNER.verify(forged)).hasMessage("ticket code signature is not valid");
    }

    @Test
    void refusesShortKeysAndCopiesTheKey() {
        assertThatThrownBy(() -> new TicketSigner(new byte[15]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> new TicketSigner(null)).isInstanceOf(NullPointerException.class);

        byte[] key = sequenceKey();
        TicketSigner signer = new TicketSigner(key);
        Arrays.fill(key, (byte) 0);
        assertThat(signer.verify(GOLDEN)).isEqualTo(TICKET);
        assertThat(signer.keyId()).isEqualTo(SIGNER.keyId());
    }

    @Test
    void identifiesTheKeyByTheStartOfItsSha256() throws Exception {
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(KEY))
                .substring(0, 8);

        assertThat(SIGNER.keyId()).isEqualTo(expected).isEqualTo("630dcd29");
        assertThat(new TicketSigner(TicketSigner.newKey()).keyId()).matches("[0-9a-f]{8}");
    }

    @Test
    void makesRandomThirtyTwoByteKeys() {
        byte[] first = TicketSigner.newKey();
        byte[] second = TicketSigner.newKey();

        assertThat(first).hasSize(32);
        assertThat(second).hasSize(32).isNotEqualTo(first);
    }

    @Test
    void buildsASignerFromTheBase64KeyOfALogin() {
        TicketSigner fromLogin = TicketSigner.fromBase64(Base64.getEncoder().encodeToString(KEY));

        assertThat(fromLogin.verify(GOLDEN)).isEqualTo(TICKET);
        assertThat(fromLogin.keyId()).isEqualTo(SIGNER.keyId());
    }

    private static void assertRejected(ThrowingCallable call, String code) {
        assertThatThrownBy(call).as(code).isInstanceOf(InvalidTicketException.class);
    }

    private static Reason reasonFor(ThrowingCallable call) {
        try {
            call.call();
        } catch (InvalidTicketException e) {
            return e.reason();
        } catch (Throwable e) {
            throw new AssertionError("expected an InvalidTicketException, got " + e, e);
        }
        throw new AssertionError("expected an InvalidTicketException, but the code was accepted");
    }

    private static byte[] payload(int typeCode, String gate) {
        byte[] gateBytes = gate.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(22 + gateBytes.length)
                .putLong(TICKET.ticketId().getMostSignificantBits())
                .putLong(TICKET.ticketId().getLeastSignificantBits())
                .put((byte) 0)
                .putInt((int) TICKET.entryTime().getEpochSecond())
                .put((byte) typeCode)
                .put(gateBytes)
                .array();
    }

    /** Signs arbitrary payload bytes with the test key, as only a key holder could. */
    private static String signRaw(byte[] payload) {
        try {
            String body = "T1" + Base32.encode(payload);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            byte[] signature = Arrays.copyOf(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)), 10);
            return body + "-" + Base32.encode(signature).toUpperCase(Locale.ROOT);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] sequenceKey() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        return key;
    }
}
