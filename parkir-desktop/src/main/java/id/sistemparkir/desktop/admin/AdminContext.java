package id.sistemparkir.desktop.admin;

import id.sistemparkir.desktop.common.Formats;
import id.sistemparkir.desktop.common.Tasks;
import id.sistemparkir.desktop.common.Texts;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * What the admin window's views are built from after the login.
 *
 * @param admin whether the user is an ADMIN (tariffs, users, settings); else a SUPERVISOR
 */
public record AdminContext(
        AdminCalls calls, AdminLive live, Tasks tasks, Texts texts, Formats formats, Clock clock, boolean admin) {

    /**
     * Runs a change in the background: {@code busy} while it runs; then {@code done}, or the failure worded into
     * {@code message}.
     */
    public <T> void change(
            String name, Callable<T> call, BooleanProperty busy, StringProperty message, Consumer<? super T> done) {
        busy.set(true);
        tasks.submit(
                name,
                call,
                result -> {
                    busy.set(false);
                    done.accept(result);
                },
                failure -> {
                    busy.set(false);
                    message.set(problem(failure));
                });
    }

    /** What to tell the admin about a failed background call. */
    public String problem(Throwable failure) {
        return failure instanceof AdminCalls.AdminCallException call
                ? texts.get(call.text())
                : texts.get("error.unexpected", failure.getMessage());
    }
}
