package id.sistemparkir.client.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyClientKeyExistsInEveryLanguage() {
        assertThat(BundleCheck.problems("i18n/client")).isEmpty();
    }

    @Test
    void indonesianIsTheDefaultWhateverTheMachineLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Messages.client(Language.ID).text("connection.connected"))
                    .isEqualTo("Database Terhubung");
            assertThat(Messages.client(Language.EN).text("connection.connected"))
                    .isEqualTo("Database connected");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyIsShownNotThrown() {
        assertThat(Messages.client(Language.EN).text("no.such.key")).isEqualTo("‹no.such.key›");
    }

    @Test
    void messagesCarryParameters() {
        Messages messages = Messages.client(Language.EN);
        assertThat(messages.text(Message.of("connection.checking"))).isEqualTo("Checking connection");
        assertThat(Message.of("k", 1, "x").args()).containsExactly(1, "x");
    }

    @Test
    void languageComesFromTheFlagThenTheEnvironmentThenIndonesian() {
        assertThat(Language.resolve("en", Map.of(Language.ENV, "id"))).isEqualTo(Language.EN);
        assertThat(Language.resolve(null, Map.of(Language.ENV, "EN_us"))).isEqualTo(Language.EN);
        assertThat(Language.resolve(null, Map.of())).isEqualTo(Language.ID);
        assertThat(Language.resolve("in", Map.of())).isEqualTo(Language.ID);
        assertThatThrownBy(() -> Language.resolve("fr", Map.of())).hasMessageContaining("unknown language 'fr'");
        assertThatThrownBy(() -> Language.resolve(null, Map.of(Language.ENV, "xx")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
