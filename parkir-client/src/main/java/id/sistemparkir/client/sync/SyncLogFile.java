package id.sistemparkir.client.sync;

import id.sistemparkir.client.offline.PendingRecord;
import id.sistemparkir.core.text.Excerpt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code <dataDir>/logs/sync.log} (DESIGN §6): one line per record per attempt, appended and flushed at once, so the
 * operator (and the admin looking for the cause of a duplicate) can read what each try did:
 *
 * <pre>{@code
 * 2026-11-25T01:00:00Z 4f3a9c21-7425-40de-944b-e07fc1f90ae7 entry CREATED attempt=1 created
 * }</pre>
 *
 * Fields are separated by one space; the message is last and kept on one line.
 */
final class SyncLogFile {

    static final String LOGS = "logs";
    static final String FILE = "sync.log";

    /** A line never carries more than this of a message (a hostile server or file cannot fill the disk). */
    static final int MAX_MESSAGE_CHARS = 500;

    private static final Logger log = LoggerFactory.getLogger(SyncLogFile.class);

    private final Path file;
    private final Clock clock;

    SyncLogFile(Path dataDir, Clock clock) {
        this.file = dataDir.resolve(LOGS).resolve(FILE);
        this.clock = clock;
    }

    /** Appends one line; a failure to write it is logged, never fails the sync. */
    synchronized void append(PendingRecord record, SyncOutcome outcome, int attempt, String message) {
        String line = clock.instant() + " " + record.id() + " " + record.kind() + " " + outcome + " attempt=" + attempt
                + " " + (message == null ? "" : Excerpt.bound(message.replaceAll("[\\r\\n]+", " "), MAX_MESSAGE_CHARS))
                + System.lineSeparator();
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            log.warn("Could not append to {}: {}", file, e.toString());
        }
    }
}
