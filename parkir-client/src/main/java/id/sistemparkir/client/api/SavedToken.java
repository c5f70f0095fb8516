package id.sistemparkir.client.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sistemparkir.client.files.AtomicFiles;
import id.sistemparkir.core.contract.LoginResponse;
import id.sistemparkir.core.contract.UserInfo;
import id.sistemparkir.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lane's bearer token kept between one-shot commands (decision 0018), so that {@code parkir entry} does not make
 * the server check a password with Argon2 for every car. The file ({@code <data-dir>/secrets/session-token}) is
 * written owner-only and holds the token for one server, user and station; it is used only for the same three and
 * only while it has more than {@link #MARGIN} left. A token the server refuses (expired, revoked by a password reset
 * or deactivation) makes {@link AuthSession} log in again and replace the file.
 */
public final class SavedToken {

    private static final Logger log = LoggerFactory.getLogger(SavedToken.class);

    /** A token this close to its expiry is not reused: the command's calls must not outlive it. */
    static final Duration MARGIN = Duration.ofMinutes(1);

    private record Stored(
            String server, String username, String station, String token, Instant expiresAt, UserInfo user) {}

    private final Path file;
    private final String server;
    private final Clock clock;

    public SavedToken(Path dataDir, String server, Clock clock) {
        this.file = dataDir.resolve("secrets").resolve("session-token");
        this.server = server;
        this.clock = clock;
    }

    /** The saved login of {@code username} at {@code station} on this server, while it is valid for a while yet. */
    Optional<LoginResponse> read(String username, String station) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Stored stored;
        try {
            stored = Json.mapper().readValue(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring an unreadable token file {}: {}", file, e.toString());
            return Optional.empty();
        }
        if (stored.token() == null
                || stored.expiresAt() == null
                || !server.equals(stored.server())
                || !username.equals(stored.username())
                || !java.util.Objects.equals(station, stored.station())) {
            return Optional.empty();
        }
        if (!clock.instant().plus(MARGIN).isBefore(stored.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(new LoginResponse(stored.token(), stored.expiresAt(), stored.user()));
    }

    /** Keeps a fresh login's token. */
    void save(String username, String station, LoginResponse login) {
        Stored stored = new Stored(server, username, station, login.token(), login.expiresAt(), login.user());
        try {
            AtomicFiles.writeOwnerOnly(file, Json.mapper().writeValueAsBytes(stored));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            log.warn("Could not keep the token in {}: {}; the next command logs in again", file, e.getMessage());
        }
    }
}
