package id.sistemparkir.desktop.login;

import id.sistemparkir.client.files.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the login dialog remembers between starts, in {@code <data-dir>/desktop.properties}: the server URL, the last
 * user and the language. Never the password.
 */
public final class LoginPreferences {

    private static final Logger log = LoggerFactory.getLogger(LoginPreferences.class);

    static final String FILE_NAME = "desktop.properties";

    private final Path file;

    public LoginPreferences(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public record Remembered(Optional<String> serverUrl, Optional<String> username, Optional<String> language) {}

    public Remembered read() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                log.warn("Ignoring unreadable {}: {}", file, e.getMessage());
            }
        }
        return new Remembered(value(properties, "server"), value(properties, "user"), value(properties, "language"));
    }

    /** Remembers the server, user and language of a successful login (atomic write). */
    public void remember(String serverUrl, String username, String language) {
        Properties properties = new Properties();
        properties.setProperty("server", serverUrl);
        properties.setProperty("user", username);
        properties.setProperty("language", language);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            properties.store(bytes, "Sistem Parkir Modern: last login at this station (never the password)");
            AtomicFiles.write(file, bytes.toByteArray());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Cannot remember the login in {}: {}", file, e.getMessage());
        }
    }

    private static Optional<String> value(Properties properties, String key) {
        return Optional.ofNullable(properties.getProperty(key))
                .map(String::strip)
                .filter(v -> !v.isEmpty());
    }
}
