package id.sistemparkir.server.http;

import id.sistemparkir.core.text.Excerpt;
import java.util.UUID;

/** Ids from paths, queries and bodies: canonical UUID text or a 400, before they touch a query or a path. */
public final class Ids {

    private Ids() {}

    public static UUID uuid(String raw, String field) {
        try {
            UUID id = UUID.fromString(raw);
            if (!id.toString().equalsIgnoreCase(raw)) {
                throw new IllegalArgumentException("not canonical");
            }
            return id;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.badRequest("invalid_id", field + " must be a UUID, was " + Excerpt.of(raw) + ".");
        }
    }
}
