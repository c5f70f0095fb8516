package id.sistemparkir.client.offline;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one check for a record id before it becomes part of a path (DESIGN §6): only the canonical lower-case UUID
 * text ({@code 8-4-4-4-12} hex digits) passes, so a file name or a request can never smuggle {@code ../x}, a
 * separator, an upper-case twin of another file or {@code UUID.fromString}'s lenient spellings ({@code 1-2-3-4-5})
 * into the data dir.
 */
public final class RecordIds {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private RecordIds() {}

    /**
     * @return the id {@code text} spells
     * @throws IllegalArgumentException unless {@code text} is a canonical lower-case UUID
     */
    public static UUID requireValid(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("not a canonical lower-case UUID: '" + printable(text) + "'");
        }
        return UUID.fromString(text);
    }

    /** Whether {@code text} is a canonical lower-case UUID. */
    public static boolean isValid(String text) {
        return text != null && CANONICAL.matcher(text).matches();
    }

    /** The id as it appears in a file name, checked on the way (a {@link UUID} always passes). */
    public static String pathSegment(UUID id) {
        String text = Objects.requireNonNull(id, "id").toString();
        requireValid(text);
        return text;
    }

    private static String printable(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
