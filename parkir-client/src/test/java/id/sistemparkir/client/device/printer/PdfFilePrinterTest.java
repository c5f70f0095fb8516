package id.sistemparkir.client.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.vehicle.VehicleType;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFilePrinterTest {

    @TempDir
    Path dir;

    @Test
    void ticketIsAOnePagePdf58mmWideWithTextAndQrImage() throws Exception {
        Path file = new PdfFilePrinter(dir, Samples.JAKARTA).writeTicket(Samples.ticket(true));

        assertThat(file.getFileName().toString()).isEqualTo("ticket_" + Samples.CODE + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(164.4f, org.assertj.core.data.Offset.offset(0.1f));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("TIKET PARKIR")
                    .contains("B 1234 XYZ")
                    .contains("25-11-2026 08:00")
                    .contains("OFFLINE")
                    .contains("Simpan tiket ini");
            PDImageXObject qr = (PDImageXObject) page.getResources()
                    .getXObject(page.getResources().getXObjectNames().iterator().next());
            assertThat(PngFilePrinterTest.decodeQr(qr.getImage())).isEqualTo(Samples.CODE);
        }
    }

    @Test
    void receiptCarriesAmountsInRupiah() throws Exception {
        PdfFilePrinter printer = new PdfFilePrinter(dir, Samples.JAKARTA);

        printer.printReceipt(Samples.receipt(11_000, 20_000, false));

        try (PDDocument pdf =
                Loader.loadPDF(dir.resolve("receipt_" + Samples.CODE + ".pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("STRUK PARKIR")
                    .contains("Rp 11.000")
                    .contains("Dibayar")
                    .contains("Kembali")
                    .contains("Rp 9.000");
        }
    }

    @Test
    void charactersTheFontCannotShowBecomeQuestionMarks() throws Exception {
        EntryTicket ticket = new EntryTicket("停车场 Café", "X1", "B 1 A", VehicleType.MOTOR, "IN1", Instant.EPOCH, false);

        Path file = new PdfFilePrinter(dir, Samples.JAKARTA).writeTicket(ticket);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("??? Café");
        }
    }

    @Test
    void theBundledFontIsEmbeddedSoNoPcFallsBackToAnotherOne() throws Exception {
        Path file = new PdfFilePrinter(dir, Samples.JAKARTA).writeTicket(Samples.ticket(false));

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            var resources = pdf.getPage(0).getResources();
            java.util.List<String> fonts = new java.util.ArrayList<>();
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).anyMatch(name -> name.endsWith("DejaVuSansMono"));
            assertThat(fonts).anyMatch(name -> name.endsWith("DejaVuSansMono-Bold"));
        }
    }
}
