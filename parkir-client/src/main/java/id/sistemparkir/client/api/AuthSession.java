package id.sistemparkir.client.api;

import id.sistemparkir.core.contract.LoginResponse;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A logged-in station: the credentials in memory (never written to disk or logs) and a {@link ServerApi} whose token
 * is renewed when the server stops accepting it (DESIGN §5a: "401 → log in again, then retry").
 *
 * <pre>{@code
 * ApiResult<EntryResponse> result = session.call(api -> api.postEntry(entry));
 * }</pre>
 *
 * Thread-safe: when several calls hit the same expired token at once, one logs in and the others use its token.
 */
public final class AuthSession {

    private static final Logger log = LoggerFactory.getLogger(AuthSession.class);

    private final ServerApi api;
    private final String username;
    private final String password;
    private final String station;
    private final SavedToken saved; // null: the token lives in memory only
    private final Object loginLock = new Object();

    private volatile LoginResponse lastLogin;
    /** System.nanoTime() until which calls answer Unavailable at once; 0 = try the network. */
    private volatile long failFastUntil;

    /**
     * After the server was unreachable, calls within this window do not wait for the network again: one lane
     * transaction makes several calls (login, lookup, record), and the operator must wait for one timeout, not three.
     */
    public static final java.time.Duration FAIL_FAST = java.time.Duration.ofSeconds(5);

    /**
     * @param station the station code sent with the login, or {@code null}
     */
    public AuthSession(ServerApi api, String username, String password, String station) {
        this(api, username, password, station, null);
    }

    /**
     * @param saved where a one-shot command keeps its token for the next one (every login made here is saved there), or
     *     {@code null}
     */
    public AuthSession(ServerApi api, String username, String password, String station, SavedToken saved) {
        this.api = Objects.requireNonNull(api, "api");
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        this.station = station;
        this.saved = saved;
    }

    public ServerApi api() {
        return api;
    }

    public String username() {
        return username;
    }

    /**
     * How long an explicit login (the operator starting work) waits; a login again behind a lane call keeps the short
     * request timeout, as a car is waiting then.
     */
    public static final java.time.Duration LOGIN_TIMEOUT = java.time.Duration.ofSeconds(10);

    /**
     * Uses the saved token of this user and station when it is still valid for a while (no login, no password check on
     * the server; a later 401 logs in again), otherwise logs in. Without a {@link SavedToken}, the same as {@link
     * #login()}.
     */
    public ApiResult<LoginResponse> resumeOrLogin() {
        if (saved != null) {
            synchronized (loginLock) {
                Optional<LoginResponse> kept = saved.read(username, station);
                if (kept.isPresent()) {
                    api.useToken(kept.get().token());
                    lastLogin = kept.get();
                    log.debug(
                            "Using the saved token of {}{} (valid until {})",
                            username,
                            at(),
                            kept.get().expiresAt());
                    return new ApiResult.Ok<>(200, kept.get());
                }
            }
        }
        return login();
    }

    /** Logs in now; on success the api uses the new token and {@link #lastLogin()} holds the answer. */
    public ApiResult<LoginResponse> login() {
        return login(LOGIN_TIMEOUT);
    }

    private ApiResult<LoginResponse> login(java.time.Duration timeout) {
        synchronized (loginLock) {
            ApiResult<LoginResponse> result = api.login(username, password, station, timeout);
            failFastUntil = result instanceof ApiResult.Unavailable<LoginResponse>
                    ? System.nanoTime() + FAIL_FAST.toNanos()
                    : 0;
            if (result instanceof ApiResult.Ok<LoginResponse> ok) {
                lastLogin = ok.body();
                if (saved != null) {
                    saved.save(username, station, ok.body());
                }
                log.info(
                        "Logged in as {}{} (token valid until {})",
                        username,
                        at(),
                        ok.body().expiresAt());
            } else {
                log.warn("Login as {}{} failed: {}", username, at(), result.describe());
            }
            return result;
        }
    }

    /**
     * Runs {@code call} against the api. When the server answers 401 (expired or revoked token), logs in again once
     * and runs the call once more; when that login fails, its failure is the answer ({@code Unauthorized} for wrong
     * credentials, {@code Unavailable} when the server went away). Logs in first when there is no token yet.
     */
    public <T> ApiResult<T> call(Function<ServerApi, ApiResult<T>> call) {
        if (System.nanoTime() - failFastUntil < 0) {
            return new ApiResult.Unavailable<>("the server was unreachable a moment ago; not asked again yet");
        }
        ApiResult<T> result = callOnline(call);
        failFastUntil = result instanceof ApiResult.Unavailable<T> ? System.nanoTime() + FAIL_FAST.toNanos() : 0;
        return result;
    }

    /** Forget a recent failure (the connection monitor saw the server again). */
    public void serverReachable() {
        failFastUntil = 0;
    }

    private <T> ApiResult<T> callOnline(Function<ServerApi, ApiResult<T>> call) {
        Optional<String> used = api.token();
        if (used.isEmpty()) {
            ApiResult<LoginResponse> login = renew(null);
            if (!login.isOk()) {
                return login.map(ignored -> null);
            }
            used = api.token();
        }
        ApiResult<T> result = call.apply(api);
        if (!(result instanceof ApiResult.Unauthorized<T> refused)) {
            return result;
        }
        log.info("The server refused the token ({}); logging in again", refused.error());
        ApiResult<LoginResponse> login = renew(used.orElse(null));
        if (!login.isOk()) {
            return login.map(ignored -> null);
        }
        return call.apply(api);
    }

    /**
     * Logs in again unless the token has already been replaced since {@code rejectedToken} was refused (another thread
     * did it): for callers that learn of a refused token elsewhere, e.g. the realtime socket's upgrade.
     */
    public ApiResult<LoginResponse> renew(String rejectedToken) {
        synchronized (loginLock) {
            Optional<String> current = api.token();
            if (current.isPresent() && !current.get().equals(rejectedToken) && lastLogin != null) {
                return new ApiResult.Ok<>(200, lastLogin);
            }
            return login(api.endpoint().requestTimeout());
        }
    }

    /** The answer of the last successful login (token, expiry, user, ticket key), if any. */
    public Optional<LoginResponse> lastLogin() {
        return Optional.ofNullable(lastLogin);
    }

    private String at() {
        return station == null ? "" : " at station " + station;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "AuthSession[username=" + username + ", station=" + station + "]";
    }
}
