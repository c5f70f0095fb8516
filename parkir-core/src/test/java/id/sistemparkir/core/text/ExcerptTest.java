package id.sistemparkir.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void shortTextIsQuotedWhole() {
        assertThat(Excerpt.of("IN 1")).isEqualTo("'IN 1'");
        assertThat(Excerpt.of(null)).isEqualTo("(none)");
    }

    @Test
    void longTextIsCutAndItsLengthSaid() {
        assertThat(Excerpt.of("g".repeat(100_000))).isEqualTo("'" + "g".repeat(24) + "…' (100000 characters)");
    }

    @Test
    void controlAndFormatCharactersAreNeverEchoed() {
        assertThat(Excerpt.of("B 1\u0000\u001b[2J\u202E\r\n")).isEqualTo("'B 1??[2J???'");
        assertThat(Excerpt.bound("a\u0000b\u001bc", 100)).isEqualTo("a?b?c");
    }

    @Test
    void emojiAreKeptWhole() {
        assertThat(Excerpt.of("🚗".repeat(30))).startsWith("'" + "🚗".repeat(24) + "…'");
    }

    @Test
    void boundCutsLongMessages() {
        assertThat(Excerpt.bound("m".repeat(1000), 300)).hasSize(301).endsWith("…");
        assertThat(Excerpt.bound(null, 10)).isNull();
    }
}
