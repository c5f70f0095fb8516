package id.sistemparkir.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RupiahTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            0                    | Rp 0
            1                    | Rp 1
            999                  | Rp 999
            1000                 | Rp 1.000
            12500                | Rp 12.500
            100000               | Rp 100.000
            1000000              | Rp 1.000.000
            -5000                | -Rp 5.000
            -1                   | -Rp 1
            9223372036854775807  | Rp 9.223.372.036.854.775.807
            -9223372036854775808 | -Rp 9.223.372.036.854.775.808
            """)
    void formats(long amount, String expected) {
        assertThat(Rupiah.format(amount)).isEqualTo(expected);
    }

    @Test
    void ignoresTheMachineLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Rupiah.format(1_234_567)).isEqualTo("Rp 1.234.567");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
