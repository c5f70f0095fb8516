package id.sistemparkir.desktop.admin;

import id.sistemparkir.client.api.AdminApi;
import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.i18n.Message;
import java.util.Objects;
import java.util.function.Function;

/**
 * The back-office calls of a logged-in admin: through the {@link AuthSession} (a new login when the token expired), the
 * answer unwrapped or turned into an {@link AdminCallException} whose message a view shows. Call from background tasks.
 */
public final class AdminCalls {

    private final AuthSession session;
    private final AdminApi api;
    private final Runnable serverGone;

    /** @param serverGone told when a call found the server unavailable (the indicator checks at once) */
    public AdminCalls(AuthSession session, AdminApi api, Runnable serverGone) {
        this.session = Objects.requireNonNull(session, "session");
        this.api = Objects.requireNonNull(api, "api");
        this.serverGone = Objects.requireNonNull(serverGone, "serverGone");
    }

    public String username() {
        return session.username();
    }

    /** The body of the answer; a refusal, a lost login or an unavailable server as an exception. */
    public <T> T call(Function<AdminApi, ApiResult<T>> call) {
        ApiResult<T> result = session.call(ignored -> call.apply(api));
        if (result instanceof ApiResult.Ok<T> ok) {
            return ok.body();
        }
        if (result instanceof ApiResult.Rejected<T> rejected) {
            String key = rejected.status() == 403 ? "admin.error.forbidden" : "admin.error.rejected";
            throw new AdminCallException(Message.of(key, rejected.error(), rejected.message()), rejected.error());
        }
        if (result instanceof ApiResult.Unauthorized<T>) {
            throw new AdminCallException(Message.of("admin.error.unauthorized"), "unauthorized");
        }
        serverGone.run();
        throw new AdminCallException(Message.of("admin.error.unavailable"), "unavailable");
    }

    /** A call that failed, worded for the admin. */
    public static final class AdminCallException extends RuntimeException {
        private final transient Message text;
        private final String code;

        AdminCallException(Message text, String code) {
            super(text.key() + " " + code);
            this.text = text;
            this.code = code;
        }

        public Message text() {
            return text;
        }

        /** The server's error code ({@code invalid_tariff}), or {@code unavailable}/{@code unauthorized}. */
        public String code() {
            return code;
        }
    }
}
