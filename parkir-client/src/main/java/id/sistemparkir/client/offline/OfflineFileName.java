package id.sistemparkir.client.offline;

import id.sistemparkir.core.contract.OfflineRecord;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of an offline record file (DESIGN §6, contract): {@code parking_entry_YYYYMMDD_HHmmss_<id>.json} or
 * {@code parking_exit_…}, the time being the record's device time in the station's zone.
 *
 * @param kind {@code entry} or {@code exit}
 * @param stamp {@code YYYYMMDD_HHmmss}
 * @param idText the id part as written, NOT yet validated (check with {@link RecordIds} before any use in a path)
 */
record OfflineFileName(String kind, String stamp, String idText) {

    static final String SUFFIX = ".json";

    private static final Pattern SHAPE = Pattern.compile("parking_(entry|exit)_(\\d{8}_\\d{6})_(.*)\\.json");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd_HHmmss").withResolverStyle(ResolverStyle.STRICT);

    /** The file name of {@code record}, its device time written in {@code zone}. */
    static String of(OfflineRecord record, Instant deviceTime, ZoneId zone) {
        String name = "parking_" + record.kind() + "_" + STAMP.format(deviceTime.atZone(zone)) + "_"
                + RecordIds.pathSegment(record.id()) + SUFFIX;
        if (!SHAPE.matcher(name).matches()) {
            throw new IllegalArgumentException("device time " + deviceTime + " cannot be written as YYYYMMDD_HHmmss");
        }
        return name;
    }

    /** The parts of a name of the right shape (the id part unchecked), or empty. */
    static Optional<OfflineFileName> parse(String fileName) {
        Matcher matcher = SHAPE.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new OfflineFileName(matcher.group(1), matcher.group(2), matcher.group(3)));
    }

    /** Whether the id part is a canonical UUID (the only names this store ever reads further). */
    boolean hasValidId() {
        return RecordIds.isValid(idText);
    }

    /** The device time the name carries, read in {@code zone}; empty for an impossible date such as month 13. */
    Optional<Instant> time(ZoneId zone) {
        try {
            return Optional.of(LocalDateTime.parse(stamp, STAMP).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
