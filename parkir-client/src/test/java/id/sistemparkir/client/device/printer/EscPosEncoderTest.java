package id.sistemparkir.client.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EscPosEncoderTest {

    @Test
    void qrStoreCommandCarriesTheLengthLittleEndian() {
        byte[] data = "T1ABC".getBytes(StandardCharsets.US_ASCII);

        assertThat(EscPosEncoder.qrStore(data))
                .containsExactly(0x1D, '(', 'k', 8, 0, '1', 'P', '0', 'T', '1', 'A', 'B', 'C');
        assertThat(EscPosEncoder.qrStore(new byte[300])).startsWith(0x1D, '(', 'k', 0x2F, 0x01, '1', 'P', '0');
    }

    @Test
    void textBecomesPlainAscii() {
        assertThat(new String(EscPosEncoder.ascii("MOBIL · IN1 — Café “Ü” 停"), StandardCharsets.US_ASCII))
                .isEqualTo("MOBIL - IN1 - Cafe \"U\" ?");
    }

    @Test
    void aTitleIsDoubleHeightAndBold() {
        byte[] bytes =
                new EscPosEncoder().encode(PrintLayout.builder().title("TIKET").build());

        assertThat(indexOf(bytes, new byte[] {0x1B, 'E', 1, 0x1D, '!', 1, 'T', 'I', 'K', 'E', 'T', 0x0A}))
                .isPositive();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
