package id.sistemparkir.app.cli;

import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.api.ServerEndpoint;
import id.sistemparkir.client.lane.StationKey;
import id.sistemparkir.core.contract.EnrolledStationView;
import id.sistemparkir.core.contract.StationEnrollRequest;
import id.sistemparkir.core.contract.StationKeyRequest;
import id.sistemparkir.core.contract.StationRevokeRequest;
import id.sistemparkir.core.contract.TicketKeyDto;
import id.sistemparkir.core.ticket.Ed25519Keys;
import id.sistemparkir.core.ticket.TicketSigner;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parkir station key|enroll|rotate|revoke|list}: a station's own ticket key and its enrollment (decision 0015).
 * {@code key} runs on the station and needs no login; the others are an administrator's, against the server.
 */
@Command(
        name = "station",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A station's ticket key and its enrollment by an administrator.",
        subcommands = {
            StationCommand.Key.class,
            StationCommand.Enroll.class,
            StationCommand.Rotate.class,
            StationCommand.Revoke.class,
            StationCommand.ListStations.class
        })
final class StationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return UserErrorHandler.USER_ERROR;
    }

    /** Exit codes: 0 done, 1 server unreachable, 3 refused (login, role or the request itself). */
    static final int UNREACHABLE = 1;

    static final int REFUSED = 3;

    @Command(
            name = "key",
            mixinStandardHelpOptions = true,
            description = {
                "Prints this station's enrollment request: its code, key id and public key (made on first use).",
                "The private key stays in <data-dir>/secrets, owner-only; it is never printed or sent."
            })
    static final class Key implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LaneOptions lane;

        @Option(names = "--next", description = "Make (or show) the next key, for a rotation.")
        boolean next;

        @Override
        public Integer call() {
            LaneConfig config = lane.config("ParkingIN");
            StationKey key = new StationKey(config.dataDir());
            TicketSigner signer = next ? key.nextSigner() : key.signer();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("station", config.station());
            body.put("gate", config.gate());
            body.put("keyId", signer.keyId());
            body.put("publicKey", Ed25519Keys.encodePublic(signer.publicKey()));
            String human = "Stasiun " + config.station() + " (gerbang " + config.gate() + "), kunci " + signer.keyId()
                    + "\nKunci publik: " + body.get("publicKey")
                    + "\nDaftarkan: parkir station " + (next ? "rotate" : "enroll") + " --code " + config.station()
                    + " --public-key " + body.get("publicKey") + (next ? "" : " --name NAMA --direction IN");
            LaneOutput.print(spec.commandLine().getOut(), lane.json(), body, human);
            return 0;
        }
    }

    @Command(name = "enroll", mixinStandardHelpOptions = true, description = "Enrolls a station (ADMIN).")
    static final class Enroll implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LaneOptions lane;

        @Option(names = "--code", paramLabel = "CODE", description = "Station code (default: --station).")
        String code;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "A name people recognise.")
        String name;

        @Option(names = "--direction", defaultValue = "IN", description = "IN or OUT (default ${DEFAULT-VALUE}).")
        String direction;

        @Option(
                names = "--public-key",
                paramLabel = "BASE64",
                description = "The key `parkir station key` printed (default: this data dir's key).")
        String publicKey;

        @Override
        public Integer call() {
            LaneConfig config = lane.config("SimpleParkingAdmin");
            String key =
                    publicKey != null ? publicKey : "IN".equalsIgnoreCase(direction) ? localKey(config, false) : null;
            StationEnrollRequest request = new StationEnrollRequest(
                    code != null ? code : config.station(), name, direction, config.gate(), key);
            return send(spec, lane, config, api -> api.enrollStation(request));
        }
    }

    @Command(
            name = "rotate",
            mixinStandardHelpOptions = true,
            description = "Gives a station a new key (ADMIN); its old tickets stay valid until they exit.")
    static final class Rotate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LaneOptions lane;

        @Option(names = "--code", paramLabel = "CODE", description = "Station code (default: --station).")
        String code;

        @Option(
                names = "--public-key",
                paramLabel = "BASE64",
                description = "The key `parkir station key --next` printed (default: this data dir's next key).")
        String publicKey;

        @Override
        public Integer call() {
            LaneConfig config = lane.config("SimpleParkingAdmin");
            String key = publicKey != null ? publicKey : localKey(config, true);
            String station = code != null ? code : config.station();
            return send(spec, lane, config, api -> api.rotateStationKey(station, new StationKeyRequest(key)));
        }
    }

    @Command(
            name = "revoke",
            mixinStandardHelpOptions = true,
            description = "Revokes a station's keys (ADMIN): its tickets with an entry time from then on are refused.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LaneOptions lane;

        @Option(names = "--code", paramLabel = "CODE", description = "Station code (default: --station).")
        String code;

        @Option(names = "--reason", required = true, description = "Why (kept in the audit log).")
        String reason;

        @Option(
                names = "--at",
                paramLabel = "ISO_TIME",
                converter = IsoTimeConverter.class,
                description = "From when (default: now), e.g. when the PC went missing.")
        Instant at;

        @Override
        public Integer call() {
            LaneConfig config = lane.config("SimpleParkingAdmin");
            String station = code != null ? code : config.station();
            return send(spec, lane, config, api -> api.revokeStation(station, new StationRevokeRequest(at, reason)));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the enrolled stations (ADMIN).")
    static final class ListStations implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LaneOptions lane;

        @Override
        public Integer call() {
            LaneConfig config = lane.config("SimpleParkingAdmin");
            ApiResult<List<EnrolledStationView>> answer = loggedIn(config, ServerApi::enrolledStations);
            if (!(answer instanceof ApiResult.Ok<List<EnrolledStationView>> ok)) {
                return failed(spec, answer);
            }
            StringBuilder human = new StringBuilder();
            ok.body().forEach(s -> human.append(describe(s)).append('\n'));
            LaneOutput.print(
                    spec.commandLine().getOut(),
                    lane.json(),
                    ok.body(),
                    human.toString().stripTrailing());
            return 0;
        }
    }

    private static String localKey(LaneConfig config, boolean next) {
        StationKey key = new StationKey(config.dataDir());
        TicketSigner signer = next
                ? key.pendingNext()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "no next key in " + config.dataDir() + ": run `parkir station key --next` first"))
                : key.signer();
        return Ed25519Keys.encodePublic(signer.publicKey());
    }

    private static int send(
            CommandSpec spec,
            LaneOptions lane,
            LaneConfig config,
            Function<ServerApi, ApiResult<EnrolledStationView>> request) {
        ApiResult<EnrolledStationView> answer = loggedIn(config, request);
        if (answer instanceof ApiResult.Ok<EnrolledStationView> ok) {
            LaneOutput.print(spec.commandLine().getOut(), lane.json(), ok.body(), describe(ok.body()));
            return 0;
        }
        return failed(spec, answer);
    }

    /** Logs in with the given administrator account, then makes the call. */
    private static <T> ApiResult<T> loggedIn(LaneConfig config, Function<ServerApi, ApiResult<T>> call) {
        if (config.username() == null || config.password() == null) {
            throw new IllegalArgumentException("give --user (or PARKIR_USER) and PARKIR_PASSWORD of an administrator");
        }
        ServerApi api = new ServerApi(ServerEndpoint.of(config.serverUrl()));
        ApiResult<?> login =
                api.login(config.username(), config.password(), config.station(), AuthSession.LOGIN_TIMEOUT);
        if (!login.isOk()) {
            @SuppressWarnings("unchecked")
            ApiResult<T> failedLogin = (ApiResult<T>) login;
            return failedLogin;
        }
        return call.apply(api);
    }

    private static int failed(CommandSpec spec, ApiResult<?> answer) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("parkir: " + answer.describe());
        return answer instanceof ApiResult.Unavailable<?> ? UNREACHABLE : REFUSED;
    }

    private static String describe(EnrolledStationView s) {
        StringBuilder text = new StringBuilder(s.code() + "  " + s.name() + "  " + s.direction() + "  gerbang "
                + s.gate() + (s.revokedAt() == null ? "" : "  DICABUT sejak " + s.revokedAt()));
        for (TicketKeyDto key : s.keys()) {
            text.append("\n  kunci ")
                    .append(key.keyId())
                    .append(key.retiredAt() == null ? "  aktif" : "  diganti " + key.retiredAt())
                    .append(key.revokedAt() == null ? "" : "  dicabut " + key.revokedAt());
        }
        return text.toString();
    }
}
