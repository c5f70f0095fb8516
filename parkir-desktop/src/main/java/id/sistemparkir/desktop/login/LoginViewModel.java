package id.sistemparkir.desktop.login;

import id.sistemparkir.client.ConnectResult;
import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.api.ServerEndpoint;
import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.desktop.common.Tasks;
import id.sistemparkir.desktop.common.Texts;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
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
 * The login dialog's state: server URL, user, password (kept in memory only), language; logs in in the background and
 * reports every outcome one way ({@link ConnectResult}): connected → the lane opens; refused → the reason, try again;
 * unreachable → the operator may start the lane offline (it logs in when the server returns).
 */
public final class LoginViewModel {

    /** Where the lane lives: its station, app and data folder. */
    public record LaneSite(String station, String app, Path dataDir, String siteName, ZoneId zone) {}

    private final LaneSite site;
    private final LaneOpener opener;
    private final LoginPreferences preferences;
    private final Tasks tasks;
    private final Consumer<LaneSession> onLoggedIn;

    private final StringProperty serverUrl = new SimpleStringProperty("http://localhost:8181");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ID);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty offlinePossible = new SimpleBooleanProperty();
    private final ObjectProperty<Texts> texts;
    private Tasks.Running running;
    private LaneClient unreachableClient;

    public LoginViewModel(
            LaneSite site,
            LaneOpener opener,
            LoginPreferences preferences,
            Tasks tasks,
            Texts initialTexts,
            Consumer<LaneSession> onLoggedIn) {
        this.site = Objects.requireNonNull(site, "site");
        this.opener = Objects.requireNonNull(opener, "opener");
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

    /** Whether the login button can be pressed. */
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
        Optional<String> problem = check();
        if (problem.isPresent()) {
            error.set(problem.get());
            return;
        }
        closeUnreachable();
        error.set("");
        busy.set(true);
        offlinePossible.set(false);
        String url = serverUrl.get().strip();
        String user = username.get().strip();
        LaneConfig config = new LaneConfig(
                url,
                site.dataDir(),
                site.station(),
                site.station(),
                site.siteName(),
                site.zone(),
                user,
                password.get(),
                site.app());
        running = tasks.submit(
                "login",
                () -> {
                    LaneClient client = opener.open(config);
                    return new Attempt(client, client.connect());
                },
                attempt -> finished(attempt, url, user),
                failure -> {
                    busy.set(false);
                    error.set(texts.get().get("login.failed", failure.getMessage()));
                });
    }

    private record Attempt(LaneClient client, ConnectResult result) {}

    private void finished(Attempt attempt, String url, String user) {
        busy.set(false);
        ConnectResult result = attempt.result();
        if (result instanceof ConnectResult.Connected) {
            preferences.remember(url, user, language.get().tag());
            password.set("");
            onLoggedIn.accept(new LaneSession(attempt.client(), user, result));
        } else if (result instanceof ConnectResult.Refused refused) {
            attempt.client().close();
            error.set(texts.get().get(refused.text()));
        } else if (result instanceof ConnectResult.Offline) {
            unreachableClient = attempt.client();
            offlinePossible.set(true);
            error.set(texts.get().get("login.unreachable"));
        } else {
            attempt.client().close();
            error.set(texts.get().get("login.cancelled"));
        }
    }

    /** The server cannot be reached: open the lane anyway; it works offline and logs in when the server returns. */
    public void workOffline() {
        if (unreachableClient == null) {
            return;
        }
        preferences.remember(
                serverUrl.get().strip(), username.get().strip(), language.get().tag());
        LaneClient client = unreachableClient;
        unreachableClient = null;
        password.set("");
        onLoggedIn.accept(new LaneSession(client, username.get().strip(), new ConnectResult.Offline("login")));
    }

    /** Esc while logging in: the waiting call ends at once. */
    public void cancel() {
        if (running != null && !running.done()) {
            running.cancel();
            busy.set(false);
            error.set(texts.get().get("login.cancelled"));
        }
    }

    private void closeUnreachable() {
        if (unreachableClient != null) {
            unreachableClient.close();
            unreachableClient = null;
        }
    }

    private Optional<String> check() {
        try {
            ServerEndpoint.of(serverUrl.get());
        } catch (IllegalArgumentException e) {
            return Optional.of(texts.get().get("login.bad_url", serverUrl.get()));
        }
        if (username.get().isBlank() || password.get().isEmpty()) {
            return Optional.of(texts.get().get("login.missing"));
        }
        return Optional.empty();
    }

    public LaneSite site() {
        return site;
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

    public BooleanProperty offlinePossibleProperty() {
        return offlinePossible;
    }

    public ObjectProperty<Texts> textsProperty() {
        return texts;
    }
}
