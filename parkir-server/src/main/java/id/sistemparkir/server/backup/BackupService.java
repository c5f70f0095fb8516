package id.sistemparkir.server.backup;

import id.sistemparkir.server.audit.AuditLog;
import id.sistemparkir.server.db.DatabaseKind;
import id.sistemparkir.server.http.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the embedded H2 database: H2's online {@code BACKUP TO} (a consistent copy while the server runs) into
 * {@code <data-dir>/backups/}, and removal of those older than the kept days. MariaDB/MySQL are backed up with their own
 * tools ({@code mariadb-dump}; see the administrator guide): the server refuses rather than pretend.
 */
public final class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final Jdbi jdbi;
    private final DatabaseKind kind;
    private final BackupFiles files;
    private final Clock clock;

    public BackupService(Jdbi jdbi, DatabaseKind kind, BackupFiles files, Clock clock) {
        this.jdbi = jdbi;
        this.kind = kind;
        this.files = files;
        this.clock = clock;
    }

    public boolean embedded() {
        return kind == DatabaseKind.H2;
    }

    /** @throws ApiException 409 {@code not_embedded} on MariaDB/MySQL */
    public synchronized BackupFile backupNow(String actor) {
        if (!embedded()) {
            throw ApiException.conflict(
                    "not_embedded",
                    "This server uses MariaDB/MySQL: back it up with mariadb-dump (see the administrator guide).",
                    null);
        }
        Instant now = clock.instant();
        Path target = files.newFile(now);
        String path = target.toString().replace('\\', '/');
        if (path.contains("'")) {
            throw new IllegalStateException("the data directory must not contain a quote: " + path);
        }
        try {
            Files.createDirectories(files.folder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // BACKUP TO takes no bind parameter; the path is ours (data dir + a generated name), checked above.
        jdbi.useHandle(h -> h.execute("BACKUP TO '" + path + "'"));
        BackupFile made = files.list().stream()
                .filter(f -> f.name().equals(target.getFileName().toString()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("H2 wrote no backup to " + target));
        jdbi.useHandle(h -> AuditLog.record(h, actor, "backup.created", made.name(), made.sizeBytes() + " bytes", now));
        log.info("Database backed up to {} ({} bytes)", target, made.sizeBytes());
        return made;
    }

    public List<BackupFile> list() {
        return files.list();
    }

    /** Deletes backups older than {@code keepDays}; returns how many. */
    public int prune(int keepDays) {
        Instant cutoff = clock.instant().minus(Duration.ofDays(keepDays));
        int deleted = 0;
        for (BackupFile file : files.list()) {
            if (file.createdAt().isBefore(cutoff)) {
                try {
                    Files.deleteIfExists(files.folder().resolve(file.name()));
                    deleted++;
                } catch (IOException e) {
                    log.warn("Could not delete old backup {}: {}", file.name(), e.toString());
                }
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} backup(s) older than {} days", deleted, keepDays);
        }
        return deleted;
    }
}
