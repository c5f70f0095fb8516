package id.sistemparkir.client.device.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lane's devices file: defaults that keep tickets on disk, and paths that never depend on the working directory. */
class DeviceSettingsFileTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutAFileTicketsArePngFilesInTheDataDir() {
        assertThat(DeviceSettingsFile.forDataDir(dataDir).printer())
                .isEqualTo(
                        new PrinterSetting.PngFiles(dataDir.resolve("tickets").toAbsolutePath()));
    }

    @Test
    void aFileWithoutAPrinterLineKeepsThePngTickets() throws Exception {
        Files.writeString(dataDir.resolve(DeviceSettingsFile.FILE_NAME), "barrier=simulated\n");

        assertThat(DeviceSettingsFile.forDataDir(dataDir).printer())
                .isEqualTo(
                        new PrinterSetting.PngFiles(dataDir.resolve("tickets").toAbsolutePath()));
    }

    @Test
    void relativePathsAreResolvedAgainstTheDataDir() throws Exception {
        Files.writeString(
                dataDir.resolve(DeviceSettingsFile.FILE_NAME), "printer=pdf:pdfout\ncamera=file:cam/latest.jpg\n");

        DeviceSettings settings = DeviceSettingsFile.forDataDir(dataDir);

        assertThat(settings.printer())
                .isEqualTo(new PrinterSetting.PdfFiles(dataDir.resolve("pdfout").toAbsolutePath()));
        assertThat(settings.camera())
                .isEqualTo(new CameraSetting.JpegFile(
                        dataDir.resolve("cam/latest.jpg").toAbsolutePath()));
    }

    @Test
    void absolutePathsAndTheExplicitSimulatedPrinterAreKept() throws Exception {
        Path elsewhere = dataDir.resolveSibling("elsewhere").toAbsolutePath();
        Files.writeString(
                dataDir.resolve(DeviceSettingsFile.FILE_NAME),
                "printer=simulated\ncamera=file:"
                        + elsewhere.resolve("x.jpg").toString().replace('\\', '/') + "\n");

        DeviceSettings settings = DeviceSettingsFile.forDataDir(dataDir);

        assertThat(settings.printer()).isEqualTo(new PrinterSetting.Simulated());
        assertThat(settings.camera()).isEqualTo(new CameraSetting.JpegFile(elsewhere.resolve("x.jpg")));
    }
}
