package id.sistemparkir.client.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.client.device.printer.PrintLayout.Style;
import id.sistemparkir.client.device.printer.PrintLayout.Text;
import org.junit.jupiter.api.Test;

class PrintLayoutTest {

    @Test
    void wrapsAtSpacesAndCutsLongWords() {
        assertThat(PrintLayout.wrap("satu dua tiga", 8)).containsExactly("satu dua", "tiga");
        assertThat(PrintLayout.wrap("ABCDEFGHIJ", 4)).containsExactly("ABCD", "EFGH", "IJ");
        assertThat(PrintLayout.wrap("  ", 4)).containsExactly("");
    }

    @Test
    void everyTextLineFitsTheColumns() {
        PrintLayout layout = PrintLayout.builder()
                .title("A very long site name that certainly needs two lines")
                .field("Plat", "a value that is much too long to fit in one line")
                .build();

        assertThat(layout.blocks())
                .allSatisfy(block -> assertThat(((Text) block).text()).hasSizeLessThanOrEqualTo(PrintLayout.COLUMNS));
        assertThat(((Text) layout.blocks().get(2)).text()).startsWith("Plat    : a value");
        assertThat(((Text) layout.blocks().get(3)).text()).startsWith("          too long");
    }

    @Test
    void amountsAreRightAligned() {
        PrintLayout layout =
                PrintLayout.builder().amount("Tarif", "Rp 11.000", Style.BOLD).build();

        assertThat(((Text) layout.blocks().get(0)).text())
                .hasSize(PrintLayout.COLUMNS)
                .startsWith("Tarif   :")
                .endsWith(" Rp 11.000");
    }

    @Test
    void plainTextCentresAndShowsTheQrContent() {
        String text =
                PrintLayout.builder().title("TIKET").rule().qr("T1ABC").build().plainText();

        assertThat(text).isEqualTo(" ".repeat(13) + "TIKET\n" + "-".repeat(32) + "\n[QR T1ABC]\n");
    }
}
