package id.sistemparkir.desktop.admin;

import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.Tasks;
import id.sistemparkir.desktop.common.Texts;
import java.time.Clock;

/**
 * What the admin window's views are built from after the login.
 *
 * @param admin whether the user is an ADMIN (tariffs, users, settings); else a SUPERVISOR
 */
public record AdminContext(
        AdminCalls calls, AdminLive live, Tasks tasks, Texts texts, Formats formats, Clock clock, boolean admin) {

    /** What to tell the admin about a failed background call. */
    public String problem(Throwable failure) {
        return failure instanceof AdminCalls.AdminCallException call
                ? texts.get(call.text())
                : texts.get("error.unexpected", failure.getMessage());
    }
}
