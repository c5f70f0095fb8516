package id.sistemparkir.desktop.admin;

import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.api.ServerEndpoint;
import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.core.contract.LoginResponse;
import id.sistemparkir.desktop.common.Tasks;
import id.sistemparkir.desktop.common.Texts;
import id.sistemparkir.desktop.login.LoginPreferences;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * SimpleParkingAdmin's login: server, user, password (memory only), language. Only SUPERVISOR and ADMIN get in; an
 * OPERATOR is told that the panel is not for lane accounts, and the token is given back at once.
 */
public final class AdminLoginViewModel {

    /** A successful login: the session (it logs in again when the token expires) and the role. */
    public record AdminLogin(AuthSession session, String username, String role, String serverUrl, Language language) {}

    private static final Set<String> ALLOWED = Set.of("SUPERVISOR", "ADMIN");

    private final LoginPreferences preferences;
    private final Tasks tasks;
    private final Consumer<AdminLogin> onLoggedIn;
    private final StringProperty serverUrl = new SimpleStringProperty("http://localhost:8181");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ID);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Texts> texts;

    public AdminLoginViewModel(
            LoginPreferences preferences, Tasks tasks, Texts initialTexts, Consumer<AdminLogin> onLoggedIn) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onLoggedIn = Objects.requireNonNull(onLoggedIn, "onLoggedIn");
        this.texts = new SimpleObjectProperty<>(initialTexts);
        language.set(initialTexts.language());
        LoginPreferences.Remembered remembered = preferences.read();
        remembered.serverUrl().ifPresent(serverUrl::set);
        remembered.username().ifPresent(username::set);
        remembered.language().flatMap(Language::parse).ifPresent(language::set);
        language.addListener((obs, before, now) -> texts.set(Texts.load(now)));
        if (language.get() != initialTexts.language()) {
            texts.set(Texts.load(language.get()));
        }
    }

    public BooleanBinding canLogin() {
        return Bindings.createBooleanBinding(
                () -> !busy.get()
                        && !serverUrl.get().isBlank()
                        && !username.get().isBlank()
                        && !password.get().isEmpty(),
                busy,
                serverUrl,
                username,
                password);
    }

    public void login() {
        String url = serverUrl.get().strip();
        ServerEndpoint endpoint;
        try {
            endpoint = ServerEndpoint.of(url);
        } catch (IllegalArgumentException e) {
            error.set(texts.get().get("login.bad_url", url));
            return;
        }
        if (username.get().isBlank() || password.get().isEmpty()) {
            error.set(texts.get().get("login.missing"));
            return;
        }
        String user = username.get().strip();
        AuthSession session = new AuthSession(new ServerApi(endpoint), user, password.get(), null);
        error.set("");
        busy.set(true);
        tasks.submit("admin-login", session::login, result -> finished(session, result, url, user), failure -> {
            busy.set(false);
            error.set(texts.get().get("login.failed", failure.getMessage()));
        });
    }

    private void finished(AuthSession session, ApiResult<LoginResponse> result, String url, String user) {
        busy.set(false);
        if (result instanceof ApiResult.Ok<LoginResponse> ok) {
            String role = ok.body().user().role();
            if (!ALLOWED.contains(role)) {
                tasks.submit("admin-logout", () -> session.api().logout(), done -> {}, failure -> {});
                error.set(texts.get().get("admin.login.operator", user));
                return;
            }
            preferences.remember(url, user, language.get().tag());
            password.set("");
            onLoggedIn.accept(new AdminLogin(session, user, role, url, language.get()));
        } else if (result instanceof ApiResult.Unauthorized<LoginResponse> refused) {
            error.set(texts.get().get("account_disabled".equals(refused.error()) ? "login.disabled" : "login.refused"));
        } else if (result instanceof ApiResult.Rejected<LoginResponse> rejected) {
            error.set(
                    rejected.status() == 429
                            ? texts.get().get("login.throttled")
                            : texts.get().get("admin.error.rejected", rejected.error(), rejected.message()));
        } else {
            error.set(texts.get().get("admin.login.unreachable", url));
        }
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Texts> textsProperty() {
        return texts;
    }
}
