package id.sistemparkir.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.server.db.Times;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Who changed what (audit_log). Written in the same transaction as the change it describes, so a change without its
 * audit line cannot commit. {@code before} and {@code after} are the changed thing's state as JSON ({@code null} when
 * it did not exist before, or no longer exists after).
 */
public final class AuditLog {

    private AuditLog() {}

    public static void record(Handle handle, String actor, String action, String target, String detail, Instant at) {
        write(handle, actor, action, target, detail, null, null, at);
    }

    /** An audit line with the state before and after the change, each serialised as JSON (or {@code null}). */
    public static void change(
            Handle handle,
            String actor,
            String action,
            String target,
            String detail,
            Object before,
            Object after,
            Instant at) {
        write(handle, actor, action, target, detail, json(before), json(after), at);
    }

    private static void write(
            Handle handle,
            String actor,
            String action,
            String target,
            String detail,
            String before,
            String after,
            Instant at) {
        handle.createUpdate("INSERT INTO audit_log (actor, action, target, detail, before_state, after_state, at)"
                        + " VALUES (:actor, :action, :target, :detail, :before, :after, :at)")
                .bind("actor", truncate(actor, 64))
                .bind("action", truncate(action, 64))
                .bind("target", truncate(target, 255))
                .bind("detail", detail)
                .bind("before", before)
                .bind("after", after)
                .bind("at", Times.toDb(at))
                .execute();
    }

    /** JSON text of a value; a String is taken as JSON already. */
    static String json(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
