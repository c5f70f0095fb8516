package id.sistemparkir.core.ticket;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** The readable text printed under a ticket's QR code. */
public final class TicketText {

    private static final String DOT = " · ";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm", Locale.ROOT);

    private TicketText() {}

    /**
     * One short line, e.g. {@code MOBIL · IN1 · 25-11-2026 08:00}, with the time in {@code zone}; the short code is
     * printed on its own line, large ({@link #shortId}).
     */
    public static String humanReadable(TicketData data, ZoneId zone) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(zone, "zone");
        return data.vehicleType().name()
                + DOT
                + data.gate()
                + DOT
                + TIME.format(data.entryTime().atZone(zone));
    }

    /** The ticket's {@link ShortCode}: what an operator reads out or types to find a ticket. */
    public static String shortId(UUID id) {
        return ShortCode.of(id);
    }
}
