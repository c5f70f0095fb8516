package id.sistemparkir.client;

import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.api.CallCancelledException;
import id.sistemparkir.client.api.SavedToken;
import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.api.ServerEndpoint;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.lane.EntryLane;
import id.sistemparkir.client.lane.ExitLane;
import id.sistemparkir.client.lane.InsideCache;
import id.sistemparkir.client.lane.InsideCacheFiller;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.client.lane.LaneIdentity;
import id.sistemparkir.client.lane.PaymentMethodCache;
import id.sistemparkir.client.lane.TariffCache;
import id.sistemparkir.client.lane.TicketKeyStore;
import id.sistemparkir.client.login.OfflineLogins;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.photo.PhotoQueue;
import id.sistemparkir.client.photo.PhotoUploader;
import id.sistemparkir.client.schedule.GuardedTask;
import id.sistemparkir.client.shift.LaneShift;
import id.sistemparkir.client.sync.ApiSyncTransport;
import id.sistemparkir.client.sync.SyncEngine;
import id.sistemparkir.core.contract.LoginResponse;
import id.sistemparkir.core.contract.PaymentMethodsResponse;
import id.sistemparkir.core.contract.TariffDto;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The headless lane, wired (the one wiring class of the client library): used by the {@code parkir entry/exit/outbox/
 * sync} commands and by the desktop apps.
 */
public final class LaneClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LaneClient.class);

    private static final Duration PHOTO_PATIENCE_AT_CLOSE = Duration.ofSeconds(2);

    private final LaneConfig config;
    private final AuthSession session;
    private final OfflineStore offline;
    private final TicketKeyStore ticketKeys;
    private final TariffCache tariffs;
    private final PaymentMethodCache paymentMethods;
    private final InsideCache inside;
    private final InsideCacheFiller insideFiller;
    private final PhotoQueue photos;
    private final PhotoUploader photoUploader;
    private final EntryLane entryLane;
    private final ExitLane exitLane;
    private final SyncEngine syncEngine;
    private final LaneShift shift;
    private final OfflineLogins offlineLogins;
    private final Clock clock;

    private LaneClient(LaneConfig config, LaneDevices devices, Clock clock) {
        this.config = config;
        this.clock = clock;
        if (config.username() == null || config.password() == null) {
            throw new IllegalArgumentException(
                    "a lane needs an operator login: give --user (or PARKIR_USER) and PARKIR_PASSWORD");
        }
        ServerApi api = new ServerApi(ServerEndpoint.of(config.serverUrl()));
        this.session = new AuthSession(
                api,
                config.username(),
                config.password(),
                config.station(),
                new SavedToken(config.dataDir(), config.serverUrl(), clock));
        this.offline = new OfflineStore(config.dataDir(), clock, config.zone());
        this.ticketKeys = new TicketKeyStore(config.dataDir());
        this.tariffs = new TariffCache(config.dataDir());
        this.paymentMethods = new PaymentMethodCache(config.dataDir());
        this.inside = new InsideCache(config.dataDir());
        this.insideFiller = new InsideCacheFiller(session, inside);
        LaneIdentity identity = new LaneIdentity(config.station(), config.gate(), config.siteName(), config.zone());
        this.photos = new PhotoQueue(offline);
        this.photoUploader = new PhotoUploader(session, photos);
        this.entryLane =
                new EntryLane(session, offline, photos, photoUploader, ticketKeys, inside, devices, identity, clock);
        this.exitLane =
                new ExitLane(session, offline, ticketKeys, tariffs, paymentMethods, inside, devices, identity, clock);
        this.syncEngine = new SyncEngine(
                offline, new ApiSyncTransport(session), config.dataDir(), clock, SyncEngine.DEFAULT_IN_FLIGHT);
        this.shift = new LaneShift(session, devices.printer(), config.siteName(), clock);
        this.offlineLogins = new OfflineLogins(config.dataDir(), Duration.ofDays(config.offlineLoginDays()), clock);
    }

    public static LaneClient open(LaneConfig config, LaneDevices devices, Clock clock) {
        return new LaneClient(config, devices, clock);
    }

    /**
     * Logs in and refreshes what the lane needs offline: the public ticket keys, the tariffs, the vehicles inside. Every outcome
     * is a {@link ConnectResult}: {@code Offline} when the server cannot be reached (the lane then works offline),
     * {@code Refused} when it refused the login, {@code Cancelled} when the calling thread was interrupted.
     */
    public ConnectResult connect() {
        return connect(true);
    }

    /**
     * @param withVehiclesInside also download the vehicles inside (thousands of rows at a big site): for windows that
     *     stay open, not for a one-shot command that records one car
     */
    public ConnectResult connect(boolean withVehiclesInside) {
        return connect(withVehiclesInside, false);
    }

    /**
     * For a one-shot command ({@code parkir entry/exit/sync}): as {@code connect(false)}, but reuses the token the last
     * command of this lane saved while it is valid (decision 0018), so a command costs no password check on the server.
     * The tariff download that follows proves the token; a refused one logs in again.
     */
    public ConnectResult connectForCommand() {
        return connect(false, true); // the station's own key is on disk; the key ring is fetched with either token
    }

    private ConnectResult connect(boolean withVehiclesInside, boolean reuseToken) {
        try {
            return login(withVehiclesInside, reuseToken);
        } catch (CallCancelledException e) {
            log.info("Login at {} cancelled", config.serverUrl());
            return new ConnectResult.Cancelled();
        }
    }

    private ConnectResult login(boolean withVehiclesInside, boolean reuseToken) {
        ApiResult<LoginResponse> login = reuseToken ? session.resumeOrLogin() : session.login();
        if (!(login instanceof ApiResult.Ok<LoginResponse> ok)) {
            log.info("Not connected to {}: {}", config.serverUrl(), login.describe());
            ConnectResult result = notConnected(login);
            if (result instanceof ConnectResult.Refused && login instanceof ApiResult.Unauthorized<LoginResponse>) {
                offlineLogins.forget(config.username());
            }
            return result instanceof ConnectResult.Offline ? offlineLogin(result) : result;
        }
        ApiResult<List<TariffDto>> tariffList = session.call(ServerApi::tariffs);
        if (tariffList instanceof ApiResult.Unauthorized<List<TariffDto>>) {
            // the saved token was refused and the login behind it failed too: that login's answer is the outcome
            return notConnected(tariffList.<LoginResponse>map(ignored -> null));
        }
        // What the lane keeps for offline work: a disk that refuses it costs a log line, never the login.
        GuardedTask.runGuarded(
                "remember the login for offline use",
                () -> offlineLogins.remember(config.username(), config.password()));
        GuardedTask.runGuarded("refresh the ticket keys", () -> ticketKeys.refresh(session));
        if (tariffList instanceof ApiResult.Ok<List<TariffDto>> t) {
            GuardedTask.runGuarded("keep the tariffs", () -> tariffs.update(t.body()));
        }
        if (session.call(ServerApi::paymentMethods) instanceof ApiResult.Ok<PaymentMethodsResponse> m) {
            GuardedTask.runGuarded(
                    "keep the payment methods",
                    () -> paymentMethods.update(m.body().methods()));
        }
        if (withVehiclesInside) {
            GuardedTask.runGuarded("load the vehicles inside", insideFiller::fill);
        }
        return new ConnectResult.Connected(session.lastLogin().orElse(ok.body()).user());
    }

    /** Offline, only an operator who logged in here before, recently enough, with this password, gets in. */
    private ConnectResult offlineLogin(ConnectResult offline) {
        return switch (offlineLogins.check(config.username(), config.password())) {
            case ACCEPTED -> offline;
            case UNKNOWN -> {
                log.warn("Offline login of {} refused: never logged in here with this password", config.username());
                yield new ConnectResult.Refused(
                        "offline_login_unknown", Message.of("login.offline_unknown", config.username()));
            }
            case EXPIRED -> {
                log.warn("Offline login of {} refused: the last online login here is too old", config.username());
                yield new ConnectResult.Refused(
                        "offline_login_expired",
                        Message.of("login.offline_expired", config.username(), offlineLogins.validityDays()));
            }
        };
    }

    private static ConnectResult notConnected(ApiResult<LoginResponse> login) {
        if (login instanceof ApiResult.Unauthorized<LoginResponse> refused) {
            String key = "account_disabled".equals(refused.error()) ? "login.disabled" : "login.refused";
            return new ConnectResult.Refused(refused.error(), Message.of(key));
        }
        if (login instanceof ApiResult.Rejected<LoginResponse> rejected) {
            return new ConnectResult.Refused(
                    rejected.error(),
                    rejected.status() == 429
                            ? Message.of("login.throttled")
                            : Message.of("lane.rejection.server", rejected.error(), rejected.message()));
        }
        return new ConnectResult.Offline(login.describe());
    }

    /**
     * Starts the live side (realtime stream into the cache, station heartbeats, connection indicator, clock check);
     * for long-running windows, not for one-shot commands.
     */
    public LaneLive startLive(ScheduledExecutorService scheduler, Duration probeInterval) {
        return startLive(scheduler, LiveOptions.DEFAULT.withProbeInterval(probeInterval));
    }

    /** The same with every live setting, e.g. background sync ({@link LiveOptions#autoSync()}). */
    public LaneLive startLive(ScheduledExecutorService scheduler, LiveOptions options) {
        LaneLive live = new LaneLive(
                config, session, inside, insideFiller, ticketKeys, offline, syncEngine, clock, scheduler, options);
        live.start();
        return live;
    }

    public LaneConfig config() {
        return config;
    }

    public EntryLane entryLane() {
        return entryLane;
    }

    public ExitLane exitLane() {
        return exitLane;
    }

    public OfflineStore offline() {
        return offline;
    }

    public SyncEngine syncEngine() {
        return syncEngine;
    }

    /** The operator's shift at this lane (opened by the windows after login, closed by "Tutup Shift"). */
    public LaneShift shift() {
        return shift;
    }

    public AuthSession session() {
        return session;
    }

    /** The payment methods to offer (the last set the server listed; built-in ones before the first). */
    public List<String> paymentMethods() {
        return paymentMethods.methods();
    }

    public InsideCache inside() {
        return inside;
    }

    /** This station's own ticket key and the cached ring of public keys. */
    public TicketKeyStore ticketKeys() {
        return ticketKeys;
    }

    /**
     * Gives a photo being sent a moment to finish (a one-shot {@code parkir entry}), then stops; a photo not sent by
     * then stays queued on disk for the next sync.
     */
    @Override
    public void close() {
        photoUploader.close(PHOTO_PATIENCE_AT_CLOSE);
        photoUploader.close();
        GuardedTask.runGuarded("write the cache of vehicles inside", inside::flush);
    }
}
