package id.sistemparkir.server.alert;

import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.server.backoffice.BackOfficeEvents;
import id.sistemparkir.server.health.DatabaseHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the alerts every {@code period} and pushes what changed as realtime events: {@code alert.raised} for a new
 * one, {@code alert.cleared} for one that no longer holds. Skips while the database is down. The alerts of the
 * previous check live in memory, so after a restart the ones that still hold are raised again (clients key them by
 * {@code id}).
 */
public final class AlertMonitor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AlertMonitor.class);

    private final AlertService alerts;
    private final Jdbi jdbi;
    private final BackOfficeEvents events;
    private final DatabaseHealth health;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "parkir-alerts");
        thread.setDaemon(true);
        return thread;
    });
    private Map<String, Alert> previous = Map.of(); // timer thread only

    public AlertMonitor(AlertService alerts, Jdbi jdbi, BackOfficeEvents events, DatabaseHealth health, Clock clock) {
        this.alerts = alerts;
        this.jdbi = jdbi;
        this.events = events;
        this.health = health;
        this.clock = clock;
    }

    public void start(Duration period) {
        long millis = period.toMillis();
        timer.scheduleWithFixedDelay(this::checkSafely, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void checkSafely() {
        try {
            if (health.databaseUp()) {
                check();
            }
        } catch (RuntimeException e) {
            log.warn("Alert check failed: {}", e.toString());
        }
    }

    /** One check: compare with the previous one, append the differences as events in one transaction. */
    void check() {
        Map<String, Alert> now = new LinkedHashMap<>();
        for (Alert alert : alerts.current()) {
            Alert before = previous.get(alert.id());
            now.put(alert.id(), before == null ? alert : alert.since(before.since()));
        }
        List<Alert> raised =
                now.values().stream().filter(a -> !previous.containsKey(a.id())).toList();
        List<Alert> cleared =
                previous.values().stream().filter(a -> !now.containsKey(a.id())).toList();
        if (!raised.isEmpty() || !cleared.isEmpty()) {
            Instant at = clock.instant();
            jdbi.useTransaction(h -> {
                for (Alert alert : raised) {
                    events.append(h, EventNames.ALERT_RAISED, alert, at);
                }
                for (Alert alert : cleared) {
                    events.append(h, EventNames.ALERT_CLEARED, alert, at);
                }
            });
            events.committed();
        }
        previous = now;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
