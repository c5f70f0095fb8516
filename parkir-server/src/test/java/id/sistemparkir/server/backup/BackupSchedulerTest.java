package id.sistemparkir.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.server.settings.GarageSettings;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupSchedulerTest {

    private final GarageSettings settings = GarageSettings.defaults(); // 02:00 Asia/Jakarta = 19:00 UTC the day before

    @Test
    void theDailyBackupIsDueFromTheBackupHourInTheGaragesZone() {
        assertThat(BackupScheduler.dueAt(Instant.parse("2026-12-01T19:30:00Z"), settings))
                .isEqualTo(Instant.parse("2026-12-01T19:00:00Z"));
        assertThat(BackupScheduler.dueAt(Instant.parse("2026-12-01T18:59:00Z"), settings))
                .as("before 02:00 local: yesterday's is the one due")
                .isEqualTo(Instant.parse("2026-11-30T19:00:00Z"));
    }

    @Test
    void backupNamesCarryTheirTimeAndNothingElseIsOne() {
        assertThat(BackupFiles.createdAt("parkir-backup-20261201T190000123Z.zip"))
                .contains(Instant.parse("2026-12-01T19:00:00.123Z"));
        assertThat(BackupFiles.createdAt("../parkir-backup-20261201T190000123Z.zip"))
                .isEqualTo(Optional.empty());
        assertThat(BackupFiles.createdAt("parkir-backup-2026.zip")).isEmpty();
        assertThat(new BackupFiles(java.nio.file.Path.of("/tmp/none")).resolve("../../etc/passwd"))
                .isEmpty();
    }
}
