package id.sistemparkir.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortCodeTest {

    private static final UUID ID = UUID.fromString("4f3a9c21-7425-40de-944b-e07fc1f90ae7");

    @Test
    void isTheFirstFortyBitsOfTheIdInCrockfordBase32Grouped() {
        assertThat(ShortCode.of(ID)).isEqualTo("9WX9-R8BM");
        assertThat(ShortCode.of(UUID.fromString("ffffffff-ff00-4000-8000-000000000000")))
                .isEqualTo("ZZZZ-ZZZZ");
        assertThat(ShortCode.of(UUID.fromString("08421084-2100-4000-8000-000000000000")))
                .isEqualTo("1111-1111");
    }

    @Test
    void printedCodesNeverHoldLettersThatReadLikeDigits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = ShortCode.of(UUID.randomUUID());
            assertThat(code)
                    .matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")
                    .doesNotContain("O", "I", "L", "U");
            assertThat(ShortCode.parse(code)).contains(code);
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(1990);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1111-1111", "11111111", "iiii-llll", "IlIl lIlI", " 1111-1111 ", "1-1-1-1-1-1-1-1"})
    void typedFormsOfOnesAreTheSameCode(String typed) {
        assertThat(ShortCode.parse(typed)).contains("1111-1111");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000A-QK80", "000aqk80", "OOOA-QK8O", "ooOa qk8o", "000a-qK80"})
    void typedFormsWithOForZeroAreTheSameCode(String typed) {
        assertThat(ShortCode.parse(typed)).contains("000A-QK80");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "9WX9-R8B",
                "9WX9-R8BMM",
                "9WX9-R8BU",
                "9WX9_R8BM",
                "5DFBCA2F!",
                "T1J45JYILUEVAN5FCL4B74D6IK44AGWBRTCAAUSTRR-GNAHE3YQRW3YF3S2"
            })
    void otherTextIsNotAShortCode(String typed) {
        assertThat(ShortCode.parse(typed)).isEmpty();
        assertThat(ShortCode.looksLike(typed)).isFalse();
    }

    @Test
    void nullIsNotAShortCode() {
        assertThat(ShortCode.parse(null)).isEmpty();
    }
}
