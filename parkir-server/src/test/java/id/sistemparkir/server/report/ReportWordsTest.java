package id.sistemparkir.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.server.http.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReportWordsTest {

    @Test
    void everyKeyIsInBothLanguagesWithTheSameArguments() throws IOException {
        Properties id = load("/i18n/report.properties");
        Properties en = load("/i18n/report_en.properties");

        assertThat(en.stringPropertyNames()).isEqualTo(id.stringPropertyNames());
        for (String key : id.stringPropertyNames()) {
            assertThat(new MessageFormat(en.getProperty(key)).getFormats())
                    .as(key)
                    .hasSameSizeAs(new MessageFormat(id.getProperty(key)).getFormats());
        }
    }

    @Test
    void theLanguageComesFromTheRequestNotTheMachine() {
        assertThat(ReportWords.of(null).get("col.revenue")).isEqualTo("Pendapatan");
        assertThat(ReportWords.of("en").get("col.revenue")).isEqualTo("Revenue");
        assertThat(ReportWords.of("id").get("period", "2026-12-01", "2026-12-02"))
                .isEqualTo("Periode 2026-12-01 s.d. 2026-12-02");
        assertThatThrownBy(() -> ReportWords.of("fr")).isInstanceOf(ApiException.class);
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportWordsTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
