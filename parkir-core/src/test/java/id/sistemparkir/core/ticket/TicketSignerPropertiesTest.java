package id.sistemparkir.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TicketSignerPropertiesTest {

    private static final TicketSigner SIGNER = TicketSigner.generate();
    private static final TicketKeyRing RING =
            new TicketKeyRing(java.util.List.of(new TrustedKey(SIGNER.keyId(), "IN-1", SIGNER.publicKey(), null)));
    private static final long LATEST_SECOND =
            Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    @Property
    void verifyReturnsWhatWasSigned(@ForAll("tickets") TicketData ticket) {
        String code = SIGNER.sign(ticket);

        assertThat(RING.verify(code).data()).isEqualTo(ticket);
        assertThat(TicketSigner.readUnverified(code)).isEqualTo(ticket);
    }

    @Property
    void codesAreQrAlphanumericUrlAndFileNameSafeAndOfTheDocumentedLength(@ForAll("tickets") TicketData ticket) {
        String code = SIGNER.sign(ticket);
        int payloadBytes = 5 + 16 + 5 + 1 + ticket.gate().length();

        assertThat(code)
                .matches("T2[A-Z2-7]+-[A-Z2-7]{103}")
                .hasSize(2 + (payloadBytes * 8 + 4) / 5 + 1 + 103)
                .hasSizeLessThanOrEqualTo(175);
    }

    @Property
    void anotherKeyNeverVerifies(@ForAll("tickets") TicketData ticket) {
        String forged = TicketSigner.generate().sign(ticket);

        assertThatThrownBy(() -> RING.verify(forged))
                .isInstanceOfSatisfying(InvalidTicketException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidTicketException.Reason.UNKNOWN_KEY));
    }

    @Provide
    Arbitrary<TicketData> tickets() {
        Arbitrary<UUID> ids = Arbitraries.longs().tuple2().map(bits -> new UUID(bits.get1(), bits.get2()));
        Arbitrary<String> gates = Arbitraries.strings()
                .withCharRange('A', 'Z')
                .numeric()
                .withChars('-')
                .ofMinLength(1)
                .ofMaxLength(16);
        Arbitrary<VehicleType> types = Arbitraries.of(VehicleType.class);
        Arbitrary<Instant> times = Combinators.combine(
                        Arbitraries.longs().between(0, LATEST_SECOND),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
        return Combinators.combine(ids, gates, types, times).as(TicketData::new);
    }
}
