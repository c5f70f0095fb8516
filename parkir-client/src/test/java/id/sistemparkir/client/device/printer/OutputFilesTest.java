package id.sistemparkir.client.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutputFilesTest {

    @Test
    void namesKeepOnlyLettersDigitsUnderscoreAndDash() {
        assertThat(OutputFiles.sanitize("T1ABC-XYZ_9")).isEqualTo("T1ABC-XYZ_9");
        assertThat(OutputFiles.sanitize("a/b\\c:d e.f")).isEqualTo("a_b_c_d_e_f");
        assertThat(OutputFiles.sanitize("")).isEqualTo("unnamed");
        assertThat(OutputFiles.sanitize("x".repeat(300))).hasSize(180);
    }

    @Test
    void targetIsPrefixNameAndExtensionInTheFolder() {
        assertThat(OutputFiles.target(Path.of("out"), "receipt", "T1 A", "pdf"))
                .isEqualTo(Path.of("out", "receipt_T1_A.pdf"));
    }
}
