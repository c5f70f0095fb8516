package id.sistemparkir.server.report;

import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.session.SessionRecords;
import id.sistemparkir.server.settings.GarageDay;
import id.sistemparkir.server.settings.GarageSettings;
import id.sistemparkir.server.settings.SettingsService;
import id.sistemparkir.server.shift.ShiftCashQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.Jdbi;

/** Reports per day or period, from the sessions that entered or exited in it and the shifts opened in it (garage zone). */
public final class ReportService {

    public static final int MAX_DAYS = 366;

    private final Jdbi jdbi;
    private final SettingsService settings;
    private final Clock clock;
    private final ShiftCashQuery shifts = new ShiftCashQuery();

    public ReportService(Jdbi jdbi, SettingsService settings, Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.clock = clock;
    }

    /** @throws ApiException 400 when to is before from or the period is longer than {@value #MAX_DAYS} days */
    public DailyReport daily(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ApiException.badRequest("invalid_parameter", "to must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiException.badRequest("invalid_parameter", "A report covers at most " + MAX_DAYS + " days");
        }
        return jdbi.withHandle(h -> {
            GarageSettings current = settings.current(h);
            GarageDay first = GarageDay.of(from, current.timeZone());
            GarageDay last = GarageDay.of(to, current.timeZone());
            Instant now = clock.instant();
            return ReportCalculator.calculate(
                    SessionRecords.touching(h, first.start(), last.end()),
                    shifts.openedIn(h, first.start(), last.end(), now),
                    from,
                    to,
                    current.timeZone(),
                    now);
        });
    }

    /** Today in the garage's zone, the default day of a report. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.current().timeZone());
    }
}
