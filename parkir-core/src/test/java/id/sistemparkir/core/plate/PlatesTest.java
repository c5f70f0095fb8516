package id.sistemparkir.core.plate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PlatesTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' → {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            b 1234 xyz         | B1234XYZ | B 1234 XYZ
            B-1234-XYZ         | B1234XYZ | B 1234 XYZ
            B1234XYZ           | B1234XYZ | B 1234 XYZ
            " B  1234  XYZ "   | B1234XYZ | B 1234 XYZ
            B.1234.XYZ         | B1234XYZ | B 1234 XYZ
            B 1 A              | B1A      | B 1 A
            B 1                | B1       | B 1
            D 9                | D9       | D 9
            AB 1234            | AB1234   | AB 1234
            ab 12 c            | AB12C    | AB 12 C
            DK 1010 ZZ         | DK1010ZZ | DK 1010 ZZ
            L 999 XX           | L999XX   | L 999 XX
            AD 1000 XYZ        | AD1000XYZ| AD 1000 XYZ
            B 12 34 XY         | B1234XY  | B 1234 XY
            "\tB 1234 XYZ\n"   | B1234XYZ | B 1234 XYZ
            B - 1234 . XYZ     | B1234XYZ | B 1234 XYZ
            """)
    void parsesStandardPlates(String raw, String normalized, String display) {
        Plate plate = Plates.parse(raw.replace("\\t", "\t").replace("\\n", "\n"));

        assertThat(plate.normalized()).isEqualTo(normalized);
        assertThat(plate.standard()).isTrue();
        assertThat(plate.display()).isEqualTo(display);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' rejected: {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            "   "                      | plate is empty
            B XYZ                      | plate has no number
            B                          | plate has no number
            BXYZ                       | plate has no number
            1234                       | must start with a region code
            1234 XYZ                   | must start with a region code
            B 12345 XYZ                | number '12345' has 5 digits; expected 1–4
            B 123456                   | number '123456' has 6 digits
            B 0123 XY                  | number '0123' starts with 0
            B 0                        | number '0' starts with 0
            ABC 1234 XY                | region code 'ABC' has 3 letters; expected 1–2
            B 1234 WXYZ                | suffix 'WXYZ' has 4 letters; expected 0–3
            B 1234 X1Y                 | suffix 'X1Y' must be letters only
            B 1234 XY 5                | suffix 'XY5' must be letters only
            B#1234                     | plate contains '#'
            B_1234_XYZ                 | plate contains '_'
            B/1234                     | plate contains '/'
            B 1234 XYZ!                | plate contains '!'
            B 1234 É                   | plate contains 'É'
            B\t1234                    | U+0009
            "---"                      | plate has no letters or digits
            ". - ."                    | plate has no letters or digits
            B 1234 XYZ 1234 ABCD EFG   | plate is too long: 24 characters, at most 20
            B1234XYZB1234XYZB1234      | plate is too long: 21 characters
            """)
    void rejectsInvalidPlatesWithAReason(String raw, String reason) {
        String input = raw.replace("\\t", "\t");

        assertThatThrownBy(() -> Plates.parse(input))
                .isInstanceOf(InvalidPlateException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
        assertThat(Plates.isStandard(input)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsNullAndEmpty(String raw) {
        assertThatThrownBy(() -> Plates.parse(raw))
                .isInstanceOf(InvalidPlateException.class)
                .hasMessage("plate is empty");
        assertThat(Plates.isStandard(raw)).isFalse();
    }

    @Test
    void acceptsExactlyTwentyRawCharacters() {
        String twenty = "B   1234   XYZ      ";
        assertThat(twenty).hasSize(20);

        assertThat(Plates.parse(twenty).normalized()).isEqualTo("B1234XYZ");
    }

    @Test
    void upperCasesIndependentlyOfTheDefaultLocale() {
        // The Turkish dotless/dotted i is the classic trap for toUpperCase() without a locale.
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Plates.parse("di 1 ii").normalized()).isEqualTo("DI1II");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"B 1234 XYZ", "b1", "AB 9999 ABC"})
    void isStandardAgreesWithParse(String raw) {
        assertThat(Plates.isStandard(raw)).isTrue();
    }
}
