package id.sistemparkir.desktop.login;

import id.sistemparkir.client.ConnectResult;
import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.desktop.common.Tasks;
import id.sistemparkir.desktop.common.Texts;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A lane's login on the shared {@link LoginForm}: logs in in the background and reports every outcome one way
 * ({@link ConnectResult}): connected → the lane opens; refused → the reason, try again; unreachable → the operator may
 * start the lane offline (it logs in when the server returns).
 */
public final class LoginViewModel implements LoginActions {

    /** Where the lane lives: its station, app and data folder. */
    public record LaneSite(String station, String app, Path dataDir, String siteName, ZoneId zone) {}

    private final LaneSite site;
    private final LaneOpener opener;
    private final Tasks tasks;
    private final Consumer<LaneSession> onLoggedIn;
    private final LoginForm form;
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
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onLoggedIn = Objects.requireNonNull(onLoggedIn, "onLoggedIn");
        this.form = new LoginForm(
                preferences,
                initialTexts,
                "mdi2a-account-key-outline",
                texts -> texts.get("login.title", site.app(), site.station()));
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
        closeUnreachable();
        form.errorProperty().set("");
        form.busyProperty().set(true);
        form.offlinePossibleProperty().set(false);
        String user = form.user();
        LaneConfig config = new LaneConfig(
                form.url(),
                site.dataDir(),
                site.station(),
                site.station(),
                site.siteName(),
                site.zone(),
                user,
                form.passwordProperty().get(),
                site.app());
        running = tasks.submit(
                "login",
                () -> {
                    LaneClient client = opener.open(config);
                    return new Attempt(client, client.connect());
                },
                attempt -> finished(attempt, user),
                failure -> {
                    form.busyProperty().set(false);
                    form.errorProperty().set(form.text("login.failed", failure.getMessage()));
                });
    }

    private record Attempt(LaneClient client, ConnectResult result) {}

    private void finished(Attempt attempt, String user) {
        form.busyProperty().set(false);
        ConnectResult result = attempt.result();
        if (result instanceof ConnectResult.Connected) {
            form.loggedIn();
            onLoggedIn.accept(new LaneSession(attempt.client(), user, result));
        } else if (result instanceof ConnectResult.Refused refused) {
            attempt.client().close();
            form.errorProperty().set(form.textsProperty().get().get(refused.text()));
        } else if (result instanceof ConnectResult.Offline) {
            unreachableClient = attempt.client();
            form.offlinePossibleProperty().set(true);
            form.errorProperty().set(form.text("login.unreachable"));
        } else {
            attempt.client().close();
            form.errorProperty().set(form.text("login.cancelled"));
        }
    }

    /** The server cannot be reached: open the lane anyway; it works offline and logs in when the server returns. */
    @Override
    public void workOffline() {
        if (unreachableClient == null) {
            return;
        }
        String user = form.user();
        form.loggedIn();
        LaneClient client = unreachableClient;
        unreachableClient = null;
        onLoggedIn.accept(new LaneSession(client, user, new ConnectResult.Offline("login")));
    }

    /** Esc while logging in: the waiting call ends at once. */
    @Override
    public void cancel() {
        if (running != null && !running.done()) {
            running.cancel();
            form.busyProperty().set(false);
            form.errorProperty().set(form.text("login.cancelled"));
        }
    }

    private void closeUnreachable() {
        if (unreachableClient != null) {
            unreachableClient.close();
            unreachableClient = null;
        }
    }

    public LaneSite site() {
        return site;
    }
}
