package id.sistemparkir.server.backoffice;

import id.sistemparkir.server.alert.AlertModule;
import id.sistemparkir.server.alert.AlertMonitor;
import id.sistemparkir.server.alert.AlertService;
import id.sistemparkir.server.audit.AuditModule;
import id.sistemparkir.server.audit.AuditQuery;
import id.sistemparkir.server.backup.BackupFiles;
import id.sistemparkir.server.backup.BackupModule;
import id.sistemparkir.server.backup.BackupScheduler;
import id.sistemparkir.server.backup.BackupService;
import id.sistemparkir.server.db.Database;
import id.sistemparkir.server.duplicate.DuplicateFinder;
import id.sistemparkir.server.duplicate.DuplicateModule;
import id.sistemparkir.server.duplicate.DuplicateService;
import id.sistemparkir.server.gate.GateModule;
import id.sistemparkir.server.gate.GateService;
import id.sistemparkir.server.health.DatabaseHealth;
import id.sistemparkir.server.member.MemberModule;
import id.sistemparkir.server.member.MemberService;
import id.sistemparkir.server.realtime.EventLog;
import id.sistemparkir.server.realtime.RealtimeHub;
import id.sistemparkir.server.report.ReportModule;
import id.sistemparkir.server.report.ReportService;
import id.sistemparkir.server.review.ReviewModule;
import id.sistemparkir.server.review.ReviewService;
import id.sistemparkir.server.session.SessionCorrections;
import id.sistemparkir.server.session.SessionDetails;
import id.sistemparkir.server.session.SessionModule;
import id.sistemparkir.server.settings.SettingsModule;
import id.sistemparkir.server.settings.SettingsService;
import id.sistemparkir.server.station.CallTracker;
import id.sistemparkir.server.station.StationsModule;
import id.sistemparkir.server.station.StationsService;
import id.sistemparkir.server.stats.StatsModule;
import id.sistemparkir.server.stats.StatsService;
import id.sistemparkir.server.synclog.SetAsideReports;
import id.sistemparkir.server.synclog.SyncLogModule;
import id.sistemparkir.server.synclog.SyncLogSearch;
import id.sistemparkir.server.tariff.TariffPreview;
import id.sistemparkir.server.tariff.TariffPreviewModule;
import id.sistemparkir.server.tariff.TariffRepository;
import io.javalin.config.RoutesConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The back office of SimpleParkingAdmin (DESIGN §4, issue 12): wires its feature packages, registers their routes
 * and runs their background jobs (alerts, the daily backup, station call last-seen). Every route needs SUPERVISOR or
 * ADMIN; see each module for its routes, and docs/administrator_server_guide.md for the whole API.
 */
public final class BackOfficeModule implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackOfficeModule.class);

    /** How often alerts are checked, station calls written, and the daily backup looked at. */
    record Periods(Duration alerts, Duration calls, Duration backup) {
        static final Periods DEFAULTS =
                new Periods(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMinutes(1));
    }

    private final CallTracker calls;
    private final AlertMonitor alertMonitor;
    private final BackupScheduler backupScheduler;
    private final ScheduledExecutorService callWriter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "parkir-station-calls");
        thread.setDaemon(true);
        return thread;
    });
    private final Periods periods;
    private final RoutesRegistrar routes;

    /** Registers one feature's routes. */
    private interface RoutesRegistrar {
        void register(RoutesConfig routes);
    }

    /** @param pendingExitDefault the pending-exit limit until the back office saves one (the server's flag) */
    public BackOfficeModule(
            Database database,
            EventLog eventLog,
            RealtimeHub hub,
            DatabaseHealth health,
            TariffRepository tariffs,
            Path dataDir,
            Clock clock,
            Duration pendingExitDefault) {
        Periods periods = Periods.DEFAULTS;
        Jdbi jdbi = database.jdbi();
        this.periods = periods;
        BackOfficeEvents events = new BackOfficeEvents(eventLog, hub);
        SettingsService settings = new SettingsService(jdbi, events, clock, pendingExitDefault);
        this.calls = new CallTracker(jdbi, clock);
        StationsService stations = new StationsService(jdbi, hub, calls, settings, clock);
        AuditQuery audit = new AuditQuery(jdbi);
        SyncLogSearch syncLog = new SyncLogSearch(jdbi);
        SessionCorrections corrections = new SessionCorrections(jdbi, events, clock);
        AlertService alerts = new AlertService(jdbi, settings, stations, clock);
        BackupService backups = new BackupService(jdbi, database.kind(), new BackupFiles(dataDir), clock);
        this.alertMonitor = new AlertMonitor(alerts, jdbi, events, health, clock);
        this.backupScheduler = new BackupScheduler(backups, settings, health, clock);

        SettingsModule settingsModule = new SettingsModule(settings);
        StatsModule statsModule = new StatsModule(new StatsService(jdbi, settings, clock));
        StationsModule stationsModule = new StationsModule(stations);
        TariffPreviewModule tariffModule = new TariffPreviewModule(new TariffPreview(tariffs, clock));
        GateModule gateModule = new GateModule(new GateService(jdbi, events, clock));
        MemberModule memberModule = new MemberModule(new MemberService(jdbi, events, clock));
        SessionModule sessionModule = new SessionModule(
                jdbi, new SessionDetails(jdbi, tariffs, syncLog, audit, clock), corrections, settings, events, clock);
        ReviewModule reviewModule = new ReviewModule(new ReviewService(jdbi, settings, events, clock));
        ReportModule reportModule = new ReportModule(new ReportService(jdbi, settings, clock));
        AlertModule alertModule = new AlertModule(alerts);
        BackupModule backupModule = new BackupModule(backups);
        DuplicateModule duplicateModule =
                new DuplicateModule(new DuplicateFinder(jdbi), new DuplicateService(jdbi, corrections, events, clock));
        SyncLogModule syncLogModule = new SyncLogModule(syncLog, new SetAsideReports(jdbi, clock));
        AuditModule auditModule = new AuditModule(audit);
        this.routes = r -> {
            settingsModule.addRoutes(r);
            statsModule.addRoutes(r);
            stationsModule.addRoutes(r);
            tariffModule.addRoutes(r);
            gateModule.addRoutes(r);
            memberModule.addRoutes(r);
            sessionModule.addRoutes(r);
            reviewModule.addRoutes(r);
            reportModule.addRoutes(r);
            alertModule.addRoutes(r);
            backupModule.addRoutes(r);
            duplicateModule.addRoutes(r);
            syncLogModule.addRoutes(r);
            auditModule.addRoutes(r);
        };
    }

    /**
     * Registers the back-office routes, and the station last-seen hook for every {@code /api/} call; call after the
     * auth module registered its access filter (the hook reads the caller the filter found).
     */
    public void addRoutes(RoutesConfig routes) {
        routes.beforeMatched("/api/*", calls::seen);
        this.routes.register(routes);
    }

    public void start() {
        long callMillis = periods.calls().toMillis();
        callWriter.scheduleWithFixedDelay(this::flushCalls, callMillis, callMillis, TimeUnit.MILLISECONDS);
        alertMonitor.start(periods.alerts());
        backupScheduler.start(periods.backup());
    }

    private void flushCalls() {
        try {
            calls.flush();
        } catch (RuntimeException e) {
            log.warn("Writing station calls failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        callWriter.shutdownNow();
        alertMonitor.close();
        backupScheduler.close();
        flushCalls();
    }
}
