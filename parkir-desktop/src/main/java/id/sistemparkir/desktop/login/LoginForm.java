package id.sistemparkir.desktop.login;

import id.sistemparkir.client.api.ServerEndpoint;
import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.desktop.common.Texts;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of the one login form every window opens with (lanes and SimpleParkingAdmin): server URL, user, password
 * (kept in memory only), language with the texts in it, the error shown, busy, and whether working offline is offered.
 * What a login does differs per window ({@link LoginActions}); the fields and their checks are the same.
 */
public final class LoginForm {

    private final LoginPreferences preferences;
    private final String icon;
    private final Function<Texts, String> title;
    private final StringProperty serverUrl = new SimpleStringProperty("http://localhost:8181");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ID);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty offlinePossible = new SimpleBooleanProperty();
    private final ObjectProperty<Texts> texts;

    /**
     * Filled from what {@code preferences} remembered (server, user, language).
     *
     * @param icon the title's icon (an Ikonli literal)
     * @param title the form's title in the language chosen
     */
    public LoginForm(LoginPreferences preferences, Texts initialTexts, String icon, Function<Texts, String> title) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.icon = Objects.requireNonNull(icon, "icon");
        this.title = Objects.requireNonNull(title, "title");
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

    /** What is wrong with the form before anything is sent (a bad URL, a missing user or password), worded. */
    public Optional<String> problem() {
        try {
            ServerEndpoint.of(serverUrl.get().strip());
        } catch (IllegalArgumentException e) {
            return Optional.of(text("login.bad_url", serverUrl.get()));
        }
        if (username.get().isBlank() || password.get().isEmpty()) {
            return Optional.of(text("login.missing"));
        }
        return Optional.empty();
    }

    /** The server URL as typed, trimmed. */
    public String url() {
        return serverUrl.get().strip();
    }

    /** The user as typed, trimmed. */
    public String user() {
        return username.get().strip();
    }

    /** Remembers server, user and language (never the password) and forgets the password. */
    public void loggedIn() {
        preferences.remember(url(), user(), language.get().tag());
        password.set("");
    }

    public String icon() {
        return icon;
    }

    /** The title in the form's current language. */
    public String title() {
        return title.apply(texts.get());
    }

    /** A text of the form's current language. */
    public String text(String key, Object... args) {
        return texts.get().get(key, args);
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
