package id.sistemparkir.server.settings;

import id.sistemparkir.server.http.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A calendar day in the garage's time zone and the instants it spans, [start, end). "Today" and report days are
 * counted this way, whatever zone the server machine or a lane runs in (decision 0020).
 */
public record GarageDay(LocalDate date, ZoneId zone, Instant start, Instant end) {

    public static GarageDay of(LocalDate date, ZoneId zone) {
        return new GarageDay(
                date,
                zone,
                date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public static GarageDay containing(Instant instant, ZoneId zone) {
        return of(LocalDate.ofInstant(instant, zone), zone);
    }

    /** A {@code YYYY-MM-DD} parameter; 400 when malformed. */
    public static LocalDate parseDate(String text, String name) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_parameter", name + " must be a date YYYY-MM-DD, was '" + text + "'");
        }
    }
}
