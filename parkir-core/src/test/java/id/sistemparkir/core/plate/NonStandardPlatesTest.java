package id.sistemparkir.core.plate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class NonStandardPlatesTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' → {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            12-34-CD        | 1234CD       | false
            WXY 1234        | WXY1234      | false
            wxy-1234        | WXY1234      | false
            CD 12 34        | CD1234       | true
            B 1234 XYZ      | B1234XYZ     | true
            B 0123 XY       | B0123XY      | false
            ABCDEF 123456   | ABCDEF123456 | false
            X1              | X1           | true
            99              | 99           | false
            """)
    void acceptsConfirmedPlates(String raw, String normalized, boolean standard) {
        Plate plate = Plates.nonStandard(raw);

        assertThat(plate.normalized()).isEqualTo(normalized);
        assertThat(plate.standard()).isEqualTo(standard);
    }

    @Test
    void nonStandardPlatesDisplayAsNormalized() {
        assertThat(Plates.nonStandard("12-34-CD").display()).isEqualTo("1234CD");
        assertThat(Plates.nonStandard("wxy 1234").display()).isEqualTo("WXY1234");
    }

    @Test
    void textThatIsAStandardPlateStaysStandard() {
        // One vehicle must not get two forms just because the operator took the explicit path.
        assertThat(Plates.nonStandard("b-1234-xyz")).isEqualTo(Plates.parse("B 1234 XYZ"));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' rejected: {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            "  "                   | plate is empty
            "- . -"                | plate has no letters or digits
            X                      | 2–12 letters or digits, found 1
            ABCDEFG 1234567        | 2–12 letters or digits, found 14
            CD#12                  | plate contains '#'
            CD 12 / 34             | plate contains '/'
            ABCDEFGHIJ 1234567890  | plate is too long: 21 characters
            """)
    void rejectsGarbage(String raw, String reason) {
        assertThatThrownBy(() -> Plates.nonStandard(raw))
                .isInstanceOf(InvalidPlateException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsNullAndEmpty(String raw) {
        assertThatThrownBy(() -> Plates.nonStandard(raw)).isInstanceOf(InvalidPlateException.class);
    }
}
