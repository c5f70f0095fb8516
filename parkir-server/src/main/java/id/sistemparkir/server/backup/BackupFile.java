package id.sistemparkir.server.backup;

import java.time.Instant;

/** One backup of the embedded database in {@code <data-dir>/backups/}. */
public record BackupFile(String name, long sizeBytes, Instant createdAt) {}
