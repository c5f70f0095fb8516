package id.sistemparkir.server.audit;

import id.sistemparkir.server.db.Times;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** Who changed what (audit_log). Written in the same transaction as the change it describes. */
public final class AuditLog {

    private AuditLog() {}

    public static void record(Handle handle, String actor, String action, String target, String detail, Instant at) {
        handle.createUpdate("INSERT INTO audit_log (actor, action, target, detail, at)"
                        + " VALUES (:actor, :action, :target, :detail, :at)")
                .bind("actor", truncate(actor, 64))
                .bind("action", truncate(action, 64))
                .bind("target", truncate(target, 255))
                .bind("detail", detail)
                .bind("at", Times.toDb(at))
                .execute();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
