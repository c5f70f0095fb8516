package id.sistemparkir.client.device.setup;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Which camera a lane uses. */
public sealed interface CameraSetting {

    /** {@code camera=simulated}: a drawn photo. */
    record Simulated() implements CameraSetting {
        @Override
        public String toString() {
            return "simulated";
        }
    }

    /** {@code camera=file:PATH}: one JPEG file. */
    record JpegFile(Path file) implements CameraSetting {
        public JpegFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String toString() {
            return "file:" + file;
        }
    }

    /** {@code camera=http://…}: an IP camera's snapshot URL. {@link #toString()} never shows the password. */
    record Snapshot(URI url, Duration timeout, Optional<String> user, Optional<String> password)
            implements CameraSetting {
        public Snapshot {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath()
                    + user.map(name -> " (user " + name + ")").orElse("") + ", timeout " + timeout.toMillis() + " ms";
        }
    }
}
