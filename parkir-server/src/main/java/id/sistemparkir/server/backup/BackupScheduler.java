package id.sistemparkir.server.backup;

import id.sistemparkir.server.health.DatabaseHealth;
import id.sistemparkir.server.settings.GarageSettings;
import id.sistemparkir.server.settings.SettingsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily backup of the embedded database: once a day after the backup hour (garage zone), or at the next check
 * when the server was off at that hour; then backups older than the kept days are deleted. Checks once a minute.
 */
public final class BackupScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackupScheduler.class);

    private final BackupService backups;
    private final SettingsService settings;
    private final DatabaseHealth health;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "parkir-backup");
        thread.setDaemon(true);
        return thread;
    });

    public BackupScheduler(BackupService backups, SettingsService settings, DatabaseHealth health, Clock clock) {
        this.backups = backups;
        this.settings = settings;
        this.health = health;
        this.clock = clock;
    }

    public void start(Duration every) {
        if (!backups.embedded()) {
            return;
        }
        long millis = every.toMillis();
        timer.scheduleWithFixedDelay(this::checkSafely, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void checkSafely() {
        try {
            if (health.databaseUp()) {
                runIfDue();
            }
        } catch (RuntimeException e) {
            log.warn("Scheduled backup failed: {}", e.toString());
        }
    }

    /** Backs up when today's backup hour has passed and no backup was made since; returns whether it did. */
    boolean runIfDue() {
        GarageSettings current = settings.current();
        Instant now = clock.instant();
        Instant due = dueAt(now, current);
        boolean done = backups.list().stream().anyMatch(f -> !f.createdAt().isBefore(due));
        if (done) {
            return false;
        }
        backups.backupNow("system");
        backups.prune(current.backupKeepDays());
        return true;
    }

    /** Today's backup hour in the garage zone, or yesterday's while today's has not come yet. */
    static Instant dueAt(Instant now, GarageSettings settings) {
        LocalDate today = LocalDate.ofInstant(now, settings.timeZone());
        Instant todays = today.atTime(settings.backupHour(), 0)
                .atZone(settings.timeZone())
                .toInstant();
        return now.isBefore(todays) ? todays.minus(Duration.ofDays(1)) : todays;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
