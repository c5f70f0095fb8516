package id.sistemparkir.desktop.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates the admin picks, as the instants the server's filters take: a day from its first to its last moment. */
final class Dates {

    private Dates() {}

    static Instant startOf(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    static Instant endOf(LocalDate day, ZoneId zone) {
        return day == null
                ? null
                : day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }
}
