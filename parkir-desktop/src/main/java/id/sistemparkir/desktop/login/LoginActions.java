package id.sistemparkir.desktop.login;

/** What the shared {@link LoginView} does on its buttons, per window: a lane's login or SimpleParkingAdmin's. */
public interface LoginActions {

    /** The form whose fields the view binds. */
    LoginForm form();

    /** The login button (or Enter). */
    void login();

    /** Esc while logging in. */
    default void cancel() {}

    /** "Work offline", shown only while {@link LoginForm#offlinePossibleProperty()} is true. */
    default void workOffline() {}
}
