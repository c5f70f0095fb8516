package id.sistemparkir.client.device.setup;

import id.sistemparkir.client.device.barrier.SerialRelayConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns configuration text into {@link DeviceSettings}, with messages that say what to write instead. */
final class DeviceSettingsParser {

    static final String CAMERA = "camera";
    static final String CAMERA_USER = "camera.user";
    static final String CAMERA_PASSWORD = "camera.password";
    static final String CAMERA_TIMEOUT = "camera.timeoutMillis";
    static final String PRINTER = "printer";
    static final String PRINTER_TIMEOUT = "printer.timeoutMillis";
    static final String BARRIER = "barrier";
    static final String BARRIER_BAUD = "barrier.baudRate";
    static final String BARRIER_AUTO_CLOSE = "barrier.autoCloseSeconds";

    static final List<String> KEYS = List.of(
            CAMERA,
            CAMERA_USER,
            CAMERA_PASSWORD,
            CAMERA_TIMEOUT,
            PRINTER,
            PRINTER_TIMEOUT,
            BARRIER,
            BARRIER_BAUD,
            BARRIER_AUTO_CLOSE);

    static final Duration DEFAULT_CAMERA_TIMEOUT = Duration.ofSeconds(2);
    static final Duration DEFAULT_PRINTER_TIMEOUT = Duration.ofSeconds(3);

    private static final String CAMERA_FORMS = "simulated, file:PATH or http(s)://HOST/PATH";
    private static final String PRINTER_FORMS = "simulated, png:DIR, pdf:DIR or escpos:HOST[:PORT]";
    private static final String BARRIER_FORMS = "simulated or serial:PORT (e.g. serial:COM3, serial:/dev/ttyUSB0)";

    private final Map<String, String> values;

    DeviceSettingsParser(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    DeviceSettings parse() {
        for (String key : values.keySet()) {
            if (!KEYS.contains(key)) {
                throw invalid("unknown device setting '" + key + "'; known settings: " + String.join(", ", KEYS));
            }
        }
        return new DeviceSettings(camera(), printer(), barrier());
    }

    private CameraSetting camera() {
        String value = value(CAMERA).orElse("simulated");
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("simulated")) {
            return new CameraSetting.Simulated();
        }
        if (lower.startsWith("file:")) {
            return new CameraSetting.JpegFile(path(CAMERA, value, value.substring("file:".length())));
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return snapshot(value);
        }
        throw invalid(CAMERA + "='" + value + "' is not a camera; use " + CAMERA_FORMS);
    }

    private CameraSetting snapshot(String value) {
        URI url;
        try {
            url = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(CAMERA + " is not a valid URL: " + e.getMessage());
        }
        if (url.getHost() == null) {
            throw invalid(CAMERA + " URL has no host; use " + CAMERA_FORMS);
        }
        Optional<String> user = value(CAMERA_USER);
        Optional<String> password = value(CAMERA_PASSWORD);
        if (url.getRawUserInfo() != null) {
            if (user.isPresent()) {
                throw invalid("give the camera user either in the URL or as " + CAMERA_USER + ", not both");
            }
            String[] parts = url.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0]));
            password = parts.length > 1 ? Optional.of(decode(parts[1])) : password;
            url = withoutUserInfo(url);
        }
        if (password.isPresent() && user.isEmpty()) {
            throw invalid(CAMERA_PASSWORD + " needs " + CAMERA_USER);
        }
        return new CameraSetting.Snapshot(url, millis(CAMERA_TIMEOUT, DEFAULT_CAMERA_TIMEOUT), user, password);
    }

    private PrinterSetting printer() {
        String value = value(PRINTER).orElse("simulated");
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("simulated")) {
            return new PrinterSetting.Simulated();
        }
        if (lower.startsWith("png:")) {
            return new PrinterSetting.PngFiles(path(PRINTER, value, value.substring("png:".length())));
        }
        if (lower.startsWith("pdf:")) {
            return new PrinterSetting.PdfFiles(path(PRINTER, value, value.substring("pdf:".length())));
        }
        if (lower.startsWith("escpos:")) {
            return escPos(value, value.substring("escpos:".length()));
        }
        throw invalid(PRINTER + "='" + value + "' is not a printer; use " + PRINTER_FORMS);
    }

    private PrinterSetting escPos(String value, String address) {
        String host = address;
        String port = "";
        if (address.startsWith("[")) {
            int end = address.indexOf(']');
            if (end < 0 || end + 1 < address.length() && address.charAt(end + 1) != ':') {
                throw invalid(PRINTER + "='" + value + "': write an IPv6 printer as escpos:[ADDRESS]:PORT");
            }
            host = address.substring(1, end);
            port = end + 1 < address.length() ? address.substring(end + 2) : "";
        } else if (address.indexOf(':') >= 0) {
            if (address.indexOf(':') != address.lastIndexOf(':')) {
                throw invalid(PRINTER + "='" + value + "': write an IPv6 printer as escpos:[ADDRESS]:PORT");
            }
            host = address.substring(0, address.indexOf(':'));
            port = address.substring(address.indexOf(':') + 1);
        }
        if (host.isBlank()) {
            throw invalid(PRINTER + "='" + value + "' names no host; use " + PRINTER_FORMS);
        }
        int portNumber = PrinterSetting.EscPos.DEFAULT_PORT;
        if (!port.isEmpty()) {
            try {
                portNumber = integer(PRINTER, port, 1, 65535, "a port number");
            } catch (InvalidDeviceSettingException e) {
                throw invalid(PRINTER + "='" + value + "' has no valid port; use a number 1-65535, e.g. 9100");
            }
        }
        return new PrinterSetting.EscPos(host, portNumber, millis(PRINTER_TIMEOUT, DEFAULT_PRINTER_TIMEOUT));
    }

    private BarrierSetting barrier() {
        String value = value(BARRIER).orElse("simulated");
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("simulated")) {
            return new BarrierSetting.Simulated();
        }
        if (lower.startsWith("serial:")) {
            String portName = value.substring("serial:".length()).trim();
            if (portName.isEmpty()) {
                throw invalid(BARRIER + "='" + value + "' names no port; use " + BARRIER_FORMS);
            }
            SerialRelayConfig config = SerialRelayConfig.defaults(portName);
            if (value(BARRIER_BAUD).isPresent()) {
                config = config.withBaudRate(
                        integer(BARRIER_BAUD, value(BARRIER_BAUD).get(), 1, 4_000_000, "a baud rate, e.g. 9600"));
            }
            if (value(BARRIER_AUTO_CLOSE).isPresent()) {
                int seconds = integer(
                        BARRIER_AUTO_CLOSE, value(BARRIER_AUTO_CLOSE).get(), 0, 3600, "seconds 0-3600 (0: never)");
                config = config.withAutoCloseAfter(Duration.ofSeconds(seconds));
            }
            return new BarrierSetting.Serial(config);
        }
        throw invalid(BARRIER + "='" + value + "' is not a barrier; use " + BARRIER_FORMS);
    }

    /** The trimmed value, empty when missing or blank. */
    private Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim).filter(text -> !text.isEmpty());
    }

    private Duration millis(String key, Duration fallback) {
        return value(key)
                .map(text -> Duration.ofMillis(integer(key, text, 1, 600_000, "milliseconds 1-600000")))
                .orElse(fallback);
    }

    private static int integer(String key, String text, int min, int max, String expected) {
        try {
            int number = Integer.parseInt(text.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(key + "='" + text + "' is not " + expected);
    }

    private static Path path(String key, String value, String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw invalid(key + "='" + value + "' names no path");
        }
        try {
            return trimmed.startsWith("//") ? Path.of(URI.create("file:" + trimmed)) : Path.of(trimmed);
        } catch (IllegalArgumentException e) { // InvalidPathException included
            throw invalid(key + "='" + value + "' is not a valid path: " + e.getMessage());
        }
    }

    /** The same URL without {@code user:password@}, everything else kept exactly as written. */
    private static URI withoutUserInfo(URI url) {
        String authority = url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        return URI.create(url.getScheme() + "://" + authority + url.getRawPath() + query);
    }

    /** Percent-decoding of URL user info ({@code +} is a plus sign there, not a space). */
    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static InvalidDeviceSettingException invalid(String message) {
        return new InvalidDeviceSettingException(message);
    }
}
