package id.sistemparkir.desktop.common;

import id.sistemparkir.core.money.Rupiah;
import id.sistemparkir.core.plate.InvalidPlateException;
import id.sistemparkir.core.plate.Plate;
import id.sistemparkir.core.plate.Plates;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** Times in the station's zone, rupiah, plates and durations as the windows show them. */
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME_SECONDS =
            DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss", Locale.ROOT);

    private final ZoneId zone;
    private final Texts texts;

    public Formats(ZoneId zone, Texts texts) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public ZoneId zone() {
        return zone;
    }

    public String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant.atZone(zone));
    }

    /** {@code 25-11-2026 08:30:05}, for the status bar's clock. */
    public String clock(Instant instant) {
        return DATE_TIME_SECONDS.format(instant.atZone(zone));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "-" : DATE_TIME.format(instant.atZone(zone));
    }

    public static String money(long amount) {
        return Rupiah.format(amount);
    }

    /** {@code 2 jam 30 menit} / {@code 2 h 30 min}; whole minutes, never negative. */
    public String duration(Instant from, Instant to) {
        long minutes = Math.max(0, Duration.between(from, to).toMinutes());
        return texts.get("duration", minutes / 60, minutes % 60);
    }

    /** A stored (normalised) plate as people read it, {@code B 1234 XYZ}; as given when not standard. */
    public static String plate(String normalized) {
        if (normalized == null || normalized.isBlank()) {
            return "-";
        }
        try {
            Plate plate = Plates.parse(normalized);
            return plate.display();
        } catch (InvalidPlateException e) {
            return normalized;
        }
    }
}
