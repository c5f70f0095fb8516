package id.sistemparkir.core.plate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlateSearchTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' → ''{1}''")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            b 12         | B12
            B            | B
            b-1234-x     | B1234X
            " b.12 "     | B12
            1234         | 1234
            ""           | ""
            "   "        | ""
            """)
    void normalizesPartialText(String prefix, String expected) {
        assertThat(Plates.normalizeForSearch(prefix)).isEqualTo(expected);
    }

    @Test
    void rejectsCharactersThatCannotBeInAPlate() {
        assertThatThrownBy(() -> Plates.normalizeForSearch("B%"))
                .isInstanceOf(InvalidPlateException.class)
                .hasMessageContaining("'%'");
        assertThatThrownBy(() -> Plates.normalizeForSearch("B' OR 1=1")).isInstanceOf(InvalidPlateException.class);
        assertThatThrownBy(() -> Plates.normalizeForSearch(null))
                .isInstanceOf(InvalidPlateException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void plateRecordChecksItsInvariants() {
        assertThat(new Plate("B1234XYZ", true).display()).isEqualTo("B 1234 XYZ");
        assertThat(new Plate("B1234XYZ", false).display()).isEqualTo("B1234XYZ");
        assertThatThrownBy(() -> new Plate("1234CD", true)).isInstanceOf(InvalidPlateException.class);
        assertThatThrownBy(() -> new Plate("b1234", false)).isInstanceOf(InvalidPlateException.class);
        assertThatThrownBy(() -> new Plate("B", false)).isInstanceOf(InvalidPlateException.class);
        assertThatThrownBy(() -> new Plate("ABCDEFGHIJKLM", false)).isInstanceOf(InvalidPlateException.class);
        assertThatThrownBy(() -> new Plate(null, false)).isInstanceOf(NullPointerException.class);
    }
}
