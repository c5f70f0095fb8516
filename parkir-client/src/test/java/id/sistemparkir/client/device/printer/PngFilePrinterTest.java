package id.sistemparkir.client.device.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.core.vehicle.VehicleType;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngFilePrinterTest {

    @TempDir
    Path dir;

    @Test
    void ticketIsAReceiptSizedPngWhoseQrCodeReadsBackAsTheTicketCode() throws Exception {
        PngFilePrinter printer = new PngFilePrinter(dir.resolve("prints"), Samples.JAKARTA);

        Path file = printer.writeTicket(Samples.ticket(false));

        assertThat(file).isEqualTo(dir.resolve("prints").resolve("ticket_" + Samples.CODE + ".png"));
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(PngRenderer.WIDTH);
        assertThat(image.getHeight()).isGreaterThan(PngRenderer.QR_SIZE + 200);
        assertThat(decodeQr(image)).isEqualTo(Samples.CODE);
    }

    @Test
    void receiptIsWrittenBesideTheTickets() throws Exception {
        PngFilePrinter printer = new PngFilePrinter(dir, Samples.JAKARTA);

        printer.printReceipt(Samples.receipt(11_000, 20_000, true));

        BufferedImage image =
                ImageIO.read(dir.resolve("receipt_" + Samples.CODE + ".png").toFile());
        assertThat(image.getWidth()).isEqualTo(PngRenderer.WIDTH);
    }

    @Test
    void fileNamesKeepOnlySafeCharacters() throws Exception {
        PngFilePrinter printer = new PngFilePrinter(dir, Samples.JAKARTA);
        EntryTicket ticket = new EntryTicket(
                "Café «Ü»", "../../etc/passwd x", "B 1 A", VehicleType.MOTOR, "IN1", Instant.EPOCH, false);

        Path file = printer.writeTicket(ticket);

        assertThat(file.getFileName().toString()).isEqualTo("ticket_______etc_passwd_x.png");
        assertThat(file.getParent()).isEqualTo(dir);
        assertThat(decodeQr(ImageIO.read(file.toFile()))).isEqualTo("../../etc/passwd x");
    }

    @Test
    void aReprintReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
        PngFilePrinter printer = new PngFilePrinter(dir, Samples.JAKARTA);

        printer.printTicket(Samples.ticket(false));
        printer.printTicket(Samples.ticket(true));

        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()).toList())
                    .isEqualTo(List.of("ticket_" + Samples.CODE + ".png"));
        }
    }

    @Test
    void anUnwritableFolderIsADeviceFailure() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        PngFilePrinter printer = new PngFilePrinter(notADirectory, Samples.JAKARTA);

        assertThatThrownBy(() -> printer.printTicket(Samples.ticket(false)))
                .isInstanceOf(DeviceException.class)
                .hasMessageStartingWith("Cannot write print file");
    }

    static String decodeQr(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader()
                .decode(
                        bitmap,
                        Map.of(
                                DecodeHintType.TRY_HARDER,
                                Boolean.TRUE,
                                DecodeHintType.POSSIBLE_FORMATS,
                                List.of(BarcodeFormat.QR_CODE)))
                .getText();
    }
}
