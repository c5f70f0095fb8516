package id.sistemparkir.server.stats;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/stats/traffic?date=YYYY-MM-DD}: entries and exits per local hour of one day (garage zone). */
public record Traffic(LocalDate date, String timeZone, List<Hour> hours) {

    /** @param hour 0-23, local time */
    public record Hour(int hour, long entries, long exits) {}
}
