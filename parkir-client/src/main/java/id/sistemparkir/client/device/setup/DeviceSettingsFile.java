package id.sistemparkir.client.device.setup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A station's devices as configured in {@code <data-dir>/devices.properties} (keys of {@link DeviceSettings}), else
 * a simulated camera and barrier and PNG tickets under {@code <data-dir>/tickets}: the same for the command-line lanes
 * and the windows. A file without a {@code printer=} line keeps those PNG tickets (printing never moves to the log
 * because a line is missing; {@code printer=simulated} says so explicitly), and relative paths in it are resolved
 * against the data dir, never the working directory.
 */
public final class DeviceSettingsFile {

    public static final String FILE_NAME = "devices.properties";

    private DeviceSettingsFile() {}

    public static DeviceSettings forDataDir(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        Map<String, String> values = new HashMap<>();
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        }
        values.putIfAbsent("printer", "png:" + defaultTicketDir(dataDir));
        return withPathsUnder(dataDir, DeviceSettings.parse(values));
    }

    /** Where tickets go when nothing else is configured. */
    public static Path defaultTicketDir(Path dataDir) {
        return dataDir.resolve("tickets").toAbsolutePath();
    }

    private static DeviceSettings withPathsUnder(Path dataDir, DeviceSettings settings) {
        PrinterSetting printer = settings.printer();
        if (printer instanceof PrinterSetting.PngFiles png) {
            printer = new PrinterSetting.PngFiles(under(dataDir, png.dir()));
        } else if (printer instanceof PrinterSetting.PdfFiles pdf) {
            printer = new PrinterSetting.PdfFiles(under(dataDir, pdf.dir()));
        }
        CameraSetting camera = settings.camera();
        if (camera instanceof CameraSetting.JpegFile jpeg) {
            camera = new CameraSetting.JpegFile(under(dataDir, jpeg.file()));
        }
        return new DeviceSettings(camera, printer, settings.barrier());
    }

    private static Path under(Path dataDir, Path path) {
        return path.isAbsolute() ? path : dataDir.resolve(path).toAbsolutePath();
    }
}
