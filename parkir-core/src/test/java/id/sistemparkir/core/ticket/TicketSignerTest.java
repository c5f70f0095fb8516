package id.sistemparkir.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.core.ticket.InvalidTicketException.Reason;
import id.sistemparkir.core.vehicle.VehicleType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketSignerTest {

    /** The Ed25519 key with seed 00 01 .. 1f, as PKCS#8 and X.509 (Python cryptography). */
    static final String PRIVATE = "MC4CAQAwBQYDK2VwBCIEIAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f";

    static final String PUBLIC = "MCowBQYDK2VwAyEAA6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=";
    static final KeyPair KEYS = new KeyPair(Ed25519Keys.decodePublic(PUBLIC), Ed25519Keys.decodePrivate(PRIVATE));
    private static final TicketSigner SIGNER = new TicketSigner(KEYS);
    private static final TicketKeyRing RING =
            new TicketKeyRing(List.of(new TrustedKey("UBIIG7MF", "IN-1", KEYS.getPublic(), null)));
    private static final TicketData TICKET = new TicketData(
            UUID.fromString("4f3a9c21-7425-40de-944b-e07fc1f90ae7"),
            "IN1",
            VehicleType.MOBIL,
            Instant.parse("2026-11-25T01:00:00Z"));
    /** Computed independently from the documented format (Python cryptography Ed25519 + base64.b32encode). */
    static final String GOLDEN = "T2UBIIG7MFJ45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-RCWYVJOLBBPVTF7JBA23OFVB5H26NVLWC"
            + "RMV7G7NTFPIONWWGMOCHLNXPHYV33C2A4APDDSER35QC5IXBAAVVRUIKQGRCMMWHFKB4DI";
    /** The same ticket in format 1 (HMAC with key 00..1f), as printed before the upgrade. */
    static final String FORMAT_1 = "T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2";

    private static final String SOME_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567019-.abz _/+=";

    @Test
    void signsInTheDocumentedFormat() {
        assertThat(SIGNER.keyId()).isEqualTo("UBIIG7MF");
        assertThat(SIGNER.sign(TICKET)).isEqualTo(GOLDEN);
        SignedTicket verified = RING.verify(GOLDEN);
        assertThat(verified.data()).isEqualTo(TICKET);
        assertThat(verified.keyId()).isEqualTo("UBIIG7MF");
        assertThat(verified.signer()).isEqualTo("IN-1");
        assertThat(GOLDEN).endsWith("-" + verified.signature());
    }

    @Test
    void whatItIssuedReadsAsTheRingWouldVerifyItAndAnotherKeysCodeIsRefused() {
        assertThat(SIGNER.issued(GOLDEN, "IN-1")).isEqualTo(RING.verify(GOLDEN));

        String othersCode = TicketSigner.generate().sign(TICKET);
        assertThatThrownBy(() -> SIGNER.issued(othersCode, "IN-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsCodesInTheQrAlphanumericSetAndOfTheDocumentedLength() {
        assertThat(GOLDEN).hasSize(154).matches("[A-Z0-9-]+");
        TicketData longestGate =
                new TicketData(TICKET.ticketId(), "GATE-EXIT-NORTH1", VehicleType.TRUK, TICKET.entryTime());
        assertThat(SIGNER.sign(longestGate)).hasSize(TicketCodec.MAX_LENGTH).hasSize(175);
    }

    @Test
    void rejectsEverySingleCharacterAlteration() {
        int checked = 0;
        for (int position = 0; position < GOLDEN.length(); position++) {
            for (char replacement : SOME_CHARACTERS.toCharArray()) {
                if (replacement != GOLDEN.charAt(position)) {
                    String altered = GOLDEN.substring(0, position) + replacement + GOLDEN.substring(position + 1);
                    assertRejected(() -> RING.verify(altered), altered);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(6_500);
    }

    @Test
    void rejectsEveryDeletionInsertionAndSwap() {
        for (int position = 0; position < GOLDEN.length(); position++) {
            String deleted = GOLDEN.substring(0, position) + GOLDEN.substring(position + 1);
            String inserted = GOLDEN.substring(0, position) + 'A' + GOLDEN.substring(position);
            assertRejected(() -> RING.verify(deleted), deleted);
            assertRejected(() -> RING.verify(inserted), inserted);
            if (position + 1 < GOLDEN.length() && GOLDEN.charAt(position) != GOLDEN.charAt(position + 1)) {
                char[] swapped = GOLDEN.toCharArray();
                swapped[position] = GOLDEN.charAt(position + 1);
                swapped[position + 1] = GOLDEN.charAt(position);
                assertRejected(() -> RING.verify(new String(swapped)), new String(swapped));
            }
        }
    }

    @Test
    void rejectsEveryFieldChangedUnderTheOriginalSignature() {
        String signature = GOLDEN.substring(GOLDEN.indexOf('-'));
        List<TicketData> altered = List.of(
                new TicketData(UUID.randomUUID(), "IN1", VehicleType.MOBIL, TICKET.entryTime()),
                new TicketData(TICKET.ticketId(), "IN2", VehicleType.MOBIL, TICKET.entryTime()),
                new TicketData(TICKET.ticketId(), "IN1", VehicleType.MOTOR, TICKET.entryTime()),
                new TicketData(
                        TICKET.ticketId(),
                        "IN1",
                        VehicleType.MOBIL,
                        TICKET.entryTime().plusSeconds(3600)));
        for (TicketData data : altered) {
            String spliced = TicketCodec.body(SIGNER.keyId(), data) + signature;
            assertThat(reasonFor(() -> RING.verify(spliced)))
                    .as(data.toString())
                    .isEqualTo(Reason.BAD_SIGNATURE);
        }
    }

    @Test
    void rejectsAKeyNotInTheRingAndAKeyIdSwappedToAnEnrolledOne() {
        TicketSigner operatorsOwn = TicketSigner.generate();
        String forged = operatorsOwn.sign(TICKET);
        assertThat(reasonFor(() -> RING.verify(forged))).isEqualTo(Reason.UNKNOWN_KEY);

        // The forger names the enrolled key but can only sign with his own.
        String claimed = TicketCodec.body(SIGNER.keyId(), TICKET);
        String resigned = claimed + "-" + Base32.encode(rawSign(Ed25519Keys.generate(), claimed));
        assertThat(reasonFor(() -> RING.verify(resigned))).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aRevokedKeyVerifiesOnlyTicketsFromBeforeTheRevocation() {
        Instant revokedAt = TICKET.entryTime().plusSeconds(60);
        TicketKeyRing ring =
                new TicketKeyRing(List.of(new TrustedKey(SIGNER.keyId(), "IN-1", KEYS.getPublic(), revokedAt)));

        assertThat(ring.verify(GOLDEN).data()).isEqualTo(TICKET);
        for (Instant later : List.of(revokedAt, revokedAt.plusSeconds(1))) {
            String after = SIGNER.sign(new TicketData(TICKET.ticketId(), "IN1", VehicleType.MOBIL, later));
            assertThat(reasonFor(() -> ring.verify(after))).isEqualTo(Reason.REVOKED_KEY);
        }
    }

    @Test
    void neverVerifiesAFormat1CodeButStillReadsIt() {
        assertThat(reasonFor(() -> RING.verify(FORMAT_1))).isEqualTo(Reason.RETIRED_FORMAT);
        assertThat(TicketSigner.readUnverified(FORMAT_1)).isEqualTo(TICKET);
    }

    @Test
    void rejectsEveryTruncationAsMalformed() {
        for (int length = 0; length < GOLDEN.length(); length++) {
            String truncated = GOLDEN.substring(0, length);
            assertThat(reasonFor(() -> RING.verify(truncated))).as(truncated).isEqualTo(Reason.MALFORMED);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "T",
                "T2",
                "T2-",
                "hello",
                "12345678",
                "https://example.com/t/1",
                "T2UBIIG7MF-AAAA",
                "t2ubiig7mfj45jyiluevan5fcl4b74d6ik44agwbrtcaaustrr-aaaa",
                "T2\u00c9BIIG7MF-AAAA"
            })
    void rejectsEmptyGarbageAndDamagedCodesAsMalformed(String code) {
        assertThat(reasonFor(() -> RING.verify(code))).isEqualTo(Reason.MALFORMED);
        assertThat(reasonFor(() -> TicketSigner.readUnverified(code))).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void rejectsLowerCaseSpacesAndAHugeInputAsMalformed() {
        assertThat(reasonFor(() -> RING.verify(GOLDEN.toLowerCase(java.util.Locale.ROOT))))
                .isEqualTo(Reason.MALFORMED);
        assertThat(reasonFor(() -> RING.verify(" " + GOLDEN))).isEqualTo(Reason.MALFORMED);
        String huge = "T2" + "A".repeat(100_000) + GOLDEN.substring(GOLDEN.indexOf('-'));
        assertThat(reasonFor(() -> RING.verify(huge))).isEqualTo(Reason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '3', '9'})
    void rejectsOtherFormatVersionsAsUnsupported(char version) {
        String code = "T" + version + GOLDEN.substring(2);

        assertThat(reasonFor(() -> RING.verify(code))).isEqualTo(Reason.UNSUPPORTED_VERSION);
        assertThat(reasonFor(() -> TicketSigner.readUnverified(code))).isEqualTo(Reason.UNSUPPORTED_VERSION);
    }

    @Test
    void rejectsAGenuinelySignedCodeWithImpossibleContentAsMalformed() {
        assertThat(reasonFor(() -> RING.verify(signRaw(payload(7, "IN1"))))).isEqualTo(Reason.MALFORMED);
        assertThat(reasonFor(() -> RING.verify(signRaw(payload(1, "in1"))))).isEqualTo(Reason.MALFORMED);
        assertThat(reasonFor(() -> RING.verify(signRaw(Arrays.copyOf(payload(1, "IN1"), 27)))))
                .isEqualTo(Reason.MALFORMED);
    }

    @Test
    void readsUnverifiedCodesForDisplayOnly() {
        String forged = TicketSigner.generate().sign(TICKET);

        assertThat(TicketSigner.readUnverified(forged)).isEqualTo(TICKET);
        assertThat(TicketSigner.readUnverified(GOLDEN)).isEqualTo(TICKET);
    }

    @Test
    void refusesAPairWhoseHalvesDoNotBelongTogether() {
        KeyPair other = Ed25519Keys.generate();
        assertThatThrownBy(() -> new TicketSigner(new KeyPair(other.getPublic(), KEYS.getPrivate())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not one pair");
        assertThatThrownBy(() -> new TicketSigner(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesARingWithOneKeyIdTwiceOrAKeyIdOfAnotherKey() {
        TrustedKey key = new TrustedKey(SIGNER.keyId(), "IN-1", KEYS.getPublic(), null);
        assertThatThrownBy(() -> new TicketKeyRing(List.of(key, key))).hasMessageContaining("twice");
        assertThatThrownBy(() -> new TrustedKey("AAAAAAAA", "IN-1", KEYS.getPublic(), null))
                .hasMessageContaining("does not belong");
    }

    @Test
    void decodesOnlyEd25519KeysInTheirTextForms() {
        assertThat(Ed25519Keys.encodePublic(Ed25519Keys.decodePublic(PUBLIC))).isEqualTo(PUBLIC);
        assertThat(Ed25519Keys.encodePrivate(Ed25519Keys.decodePrivate(PRIVATE)))
                .isEqualTo(PRIVATE);
        assertThatThrownBy(() -> Ed25519Keys.decodePublic("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ed25519Keys.decodePublic(PRIVATE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ed25519Keys.decodePrivate(PUBLIC)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TicketKeyIds.isValid("UBIIG7MF")).isTrue();
        assertThat(TicketKeyIds.isValid("../../x")).isFalse();
        assertThat(TicketKeyIds.isValid("ubiig7mf")).isFalse();
    }

    private static void assertRejected(ThrowingCallable call, String code) {
        assertThatThrownBy(call).as(code).isInstanceOf(InvalidTicketException.class);
    }

    static Reason reasonFor(ThrowingCallable call) {
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
        return ByteBuffer.allocate(5 + 22 + gateBytes.length)
                .put(TicketKeyIds.toBytes(SIGNER.keyId()))
                .putLong(TICKET.ticketId().getMostSignificantBits())
                .putLong(TICKET.ticketId().getLeastSignificantBits())
                .put((byte) 0)
                .putInt((int) TICKET.entryTime().getEpochSecond())
                .put((byte) typeCode)
                .put(gateBytes)
                .array();
    }

    /** Signs arbitrary payload bytes with the test key, as only the key holder could. */
    private static String signRaw(byte[] payload) {
        String body = "T2" + Base32.encode(payload);
        return body + "-" + Base32.encode(rawSign(KEYS, body));
    }

    private static byte[] rawSign(KeyPair keys, String body) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(keys.getPrivate());
            signature.update(body.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
