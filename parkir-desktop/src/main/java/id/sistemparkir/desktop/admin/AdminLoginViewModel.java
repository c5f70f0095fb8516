package id.sistemparkir.desktop.admin;

import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.api.ServerEndpoint;
import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.core.contract.LoginResponse;
import id.sistemparkir.desktop.common.Tasks;
import id.sistemparkir.desktop.common.Texts;
import id.sistemparkir.desktop.login.LoginActions;
import id.sistemparkir.desktop.login.LoginForm;
import id.sistemparkir.desktop.login.LoginPreferences;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * SimpleParkingAdmin's login on the shared {@link LoginForm} (the lanes' form). Only SUPERVISOR and ADMIN get in; an
 * OPERATOR is told that the panel is not for lane accounts, and the token is given back at once.
 */
public final class AdminLoginViewModel implements LoginActions {

    /** A successful login: the session (it logs in again when the token expires) and the role. */
    public record AdminLogin(AuthSession session, String username, String role, String serverUrl, Language language) {}

    private static final Set<String> ALLOWED = Set.of("SUPERVISOR", "ADMIN");

    private final Tasks tasks;
    private final Consumer<AdminLogin> onLoggedIn;
    private final LoginForm form;

    public AdminLoginViewModel(
            LoginPreferences preferences, Tasks tasks, Texts initialTexts, Consumer<AdminLogin> onLoggedIn) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onLoggedIn = Objects.requireNonNull(onLoggedIn, "onLoggedIn");
        this.form = new LoginForm(
                preferences, initialTexts, "mdi2s-shield-account-outline", texts -> texts.get("admin.login.title"));
    }

    @Override
    public LoginForm form() {
        return form;
    }

    @Override
    public void login() {
        Optional<String> problem = form.problem();
        if (problem.isPresent()) {
            form.errorProperty().set(problem.get());
            return;
        }
        String url = form.url();
        String user = form.user();
        AuthSession session = new AuthSession(
                new ServerApi(ServerEndpoint.of(url)),
                user,
                form.passwordProperty().get(),
                null);
        form.errorProperty().set("");
        form.busyProperty().set(true);
        tasks.submit("admin-login", session::login, result -> finished(session, result, url, user), failure -> {
            form.busyProperty().set(false);
            form.errorProperty().set(form.text("login.failed", failure.getMessage()));
        });
    }

    private void finished(AuthSession session, ApiResult<LoginResponse> result, String url, String user) {
        form.busyProperty().set(false);
        if (result instanceof ApiResult.Ok<LoginResponse> ok) {
            String role = ok.body().user().role();
            if (!ALLOWED.contains(role)) {
                tasks.submit("admin-logout", () -> session.api().logout(), done -> {}, failure -> {});
                form.errorProperty().set(form.text("admin.login.operator", user));
                return;
            }
            Language language = form.languageProperty().get();
            form.loggedIn();
            onLoggedIn.accept(new AdminLogin(session, user, role, url, language));
        } else if (result instanceof ApiResult.Unauthorized<LoginResponse> refused) {
            form.errorProperty()
                    .set(form.text("account_disabled".equals(refused.error()) ? "login.disabled" : "login.refused"));
        } else if (result instanceof ApiResult.Rejected<LoginResponse> rejected) {
            form.errorProperty()
                    .set(
                            rejected.status() == 429
                                    ? form.text("login.throttled")
                                    : form.text("admin.error.rejected", rejected.error(), rejected.message()));
        } else {
            form.errorProperty().set(form.text("admin.login.unreachable", url));
        }
    }
}
