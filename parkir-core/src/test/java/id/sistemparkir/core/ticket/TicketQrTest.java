package id.sistemparkir.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketQrTest {

    private static final String CODE = TicketSignerTest.GOLDEN;
    private static final String LONGEST_CODE = TicketSigner.generate()
            .sign(new TicketData(
                    UUID.randomUUID(), "GATE-EXIT-NORTH1", VehicleType.TRUK, Instant.parse("2026-11-25T01:00:00Z")));

    @ParameterizedTest
    @ValueSource(ints = {1, 29, 100, 300})
    void decodesWhatItEncodes(int sizePx) {
        assertThat(TicketQr.decode(TicketQr.encode(CODE, sizePx))).isEqualTo(CODE);
        assertThat(TicketQr.decode(TicketQr.encode(LONGEST_CODE, sizePx))).isEqualTo(LONGEST_CODE);
    }

    @Test
    void scalesToTheRequestedSize() {
        BitMatrix matrix = TicketQr.encode(CODE, 240);

        assertThat(matrix.getWidth()).isEqualTo(240);
        assertThat(matrix.getHeight()).isEqualTo(240);
    }

    @Test
    void aTypicalCodeFitsASmallAlphanumericSymbol() throws Exception {
        QRCode typical = Encoder.encode(CODE, ErrorCorrectionLevel.M);
        QRCode longest = Encoder.encode(LONGEST_CODE, ErrorCorrectionLevel.M);

        assertThat(typical.getMode()).isEqualTo(Mode.ALPHANUMERIC);
        assertThat(typical.getVersion().getVersionNumber()).isEqualTo(6);
        assertThat(longest.getVersion().getVersionNumber()).isEqualTo(7);
        // Version 6 is 41 modules; with the one-module margin each side, 43.
        assertThat(TicketQr.encode(CODE, 1).getWidth()).isEqualTo(43);
    }

    @Test
    void gatesUpToThreeCharactersFitVersion6AndEveryCodeFitsVersion7() throws Exception {
        TicketSigner signer = TicketSigner.generate();
        for (int gateLength = 1; gateLength <= 16; gateLength++) {
            TicketData ticket = new TicketData(
                    UUID.randomUUID(), "G".repeat(gateLength), VehicleType.TRUK, Instant.parse("2026-11-25T01:00:00Z"));
            int version = Encoder.encode(signer.sign(ticket), ErrorCorrectionLevel.M)
                    .getVersion()
                    .getVersionNumber();

            assertThat(version).as("gate length %d", gateLength).isEqualTo(gateLength <= 3 ? 6 : 7);
        }
    }

    @Test
    void findsASymbolThatIsNotAlone() {
        BitMatrix symbol = TicketQr.encode(CODE, 93);
        BitMatrix page = new BitMatrix(200, 160);
        for (int y = 0; y < symbol.getHeight(); y++) {
            for (int x = 0; x < symbol.getWidth(); x++) {
                if (symbol.get(x, y)) {
                    page.set(x + 60, y + 40);
                }
            }
        }
        page.set(2, 2); // a speck of dirt: no longer a clean, generated symbol
        page.set(197, 157);

        assertThat(TicketQr.decode(page)).isEqualTo(CODE);
    }

    @Test
    void rejectsAMatrixWithoutASymbol() {
        assertThatThrownBy(() -> TicketQr.decode(new BitMatrix(100, 100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no readable QR code");
    }

    @Test
    void rejectsNothingToEncode() {
        assertThatThrownBy(() -> TicketQr.encode("", 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketQr.encode(CODE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketQr.encode(null, 100)).isInstanceOf(NullPointerException.class);
    }
}
