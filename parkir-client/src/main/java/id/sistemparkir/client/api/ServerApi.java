package id.sistemparkir.client.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import id.sistemparkir.core.contract.EnrolledStationView;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.EntryResponse;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.ExitResponse;
import id.sistemparkir.core.contract.FeeQuoteResponse;
import id.sistemparkir.core.contract.HealthResponse;
import id.sistemparkir.core.contract.LoginRequest;
import id.sistemparkir.core.contract.LoginResponse;
import id.sistemparkir.core.contract.PaymentMethodsResponse;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.contract.SetAsideReport;
import id.sistemparkir.core.contract.ShiftCloseRequest;
import id.sistemparkir.core.contract.ShiftOpenRequest;
import id.sistemparkir.core.contract.ShiftTransaction;
import id.sistemparkir.core.contract.ShiftView;
import id.sistemparkir.core.contract.StationEnrollRequest;
import id.sistemparkir.core.contract.StationKeyRequest;
import id.sistemparkir.core.contract.StationRevokeRequest;
import id.sistemparkir.core.contract.TariffDto;
import id.sistemparkir.core.contract.TicketKeysResponse;
import id.sistemparkir.core.json.Json;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Server's REST API (DESIGN §4) as typed calls. Every call returns an {@link ApiResult} instead of throwing, and
 * returns within the endpoint's request timeout whatever the network does. Thread-safe; one per server.
 *
 * <p>The bearer token is held in memory only; {@link #login} sets it, {@link #useToken} replaces it. For automatic
 * re-login on an expired token use {@link AuthSession}.
 */
public final class ServerApi {

    private static final TypeFactory TYPES = Json.lenientMapper().getTypeFactory();
    private static final JavaType LOGIN = TYPES.constructType(LoginResponse.class);
    private static final JavaType HEALTH = TYPES.constructType(HealthResponse.class);
    private static final JavaType ENTRY = TYPES.constructType(EntryResponse.class);
    private static final JavaType EXIT = TYPES.constructType(ExitResponse.class);
    private static final JavaType SESSION = TYPES.constructType(SessionView.class);
    private static final JavaType SESSIONS = TYPES.constructCollectionType(List.class, SessionView.class);
    private static final JavaType QUOTE = TYPES.constructType(FeeQuoteResponse.class);
    private static final JavaType TARIFFS = TYPES.constructCollectionType(List.class, TariffDto.class);
    private static final JavaType PAYMENT_METHODS = TYPES.constructType(PaymentMethodsResponse.class);
    private static final JavaType TICKET_KEYS = TYPES.constructType(TicketKeysResponse.class);
    private static final JavaType STATION = TYPES.constructType(EnrolledStationView.class);
    private static final JavaType STATIONS = TYPES.constructCollectionType(List.class, EnrolledStationView.class);
    private static final JavaType SHIFT = TYPES.constructType(ShiftView.class);
    private static final JavaType BYTES = TYPES.constructType(byte[].class);
    private static final JavaType SHIFT_TRANSACTIONS =
            TYPES.constructCollectionType(List.class, ShiftTransaction.class);

    private final ApiTransport transport;
    private final AtomicReference<String> token = new AtomicReference<>();

    public ServerApi(ServerEndpoint endpoint, HttpClient http) {
        this.transport = new ApiTransport(Objects.requireNonNull(endpoint, "endpoint"), Objects.requireNonNull(http));
    }

    /** With its own {@link HttpClient}: HTTP/1.1, the endpoint's connect timeout, no redirects. */
    public ServerApi(ServerEndpoint endpoint) {
        this(endpoint, defaultClient(endpoint));
    }

    /** The HTTP client this library uses for a server: HTTP/1.1, the endpoint's connect timeout, no redirects. */
    public static HttpClient defaultClient(ServerEndpoint endpoint) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(endpoint.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public ServerEndpoint endpoint() {
        return transport.endpoint();
    }

    /** Uses this bearer token from now on ({@code null}: none). */
    public void useToken(String token) {
        this.token.set(token == null || token.isBlank() ? null : token);
    }

    public Optional<String> token() {
        return Optional.ofNullable(token.get());
    }

    /** {@code POST /api/v1/auth/login}; on success the token is used for every later call. */
    public ApiResult<LoginResponse> login(String username, String password, String station) {
        return login(username, password, station, transport.endpoint().requestTimeout());
    }

    /**
     * The same with its own time limit: a password check (Argon2) on a busy server may take longer than a lane call
     * may, and an operator starting work can wait for it.
     */
    public ApiResult<LoginResponse> login(String username, String password, String station, Duration timeout) {
        HttpRequest request = transport
                .request("/api/v1/auth/login", null, timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(new LoginRequest(username, password, station))))
                .build();
        ApiResult<LoginResponse> result = transport.send(request, LOGIN, false);
        if (result instanceof ApiResult.Ok<LoginResponse> ok) {
            useToken(ok.body().token());
        }
        return result;
    }

    /** {@code POST /api/v1/auth/logout}: revokes the current token on the server and forgets it here. */
    public ApiResult<Void> logout() {
        String current = token.get();
        HttpRequest request = transport
                .request("/api/v1/auth/logout", current)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        ApiResult<Void> result = transport.send(request, null, false);
        if (result.isOk() || result instanceof ApiResult.Unauthorized) {
            tokenRevoked(current);
        }
        return result;
    }

    /**
     * {@code GET /api/v1/health}, no token needed. A 503 that carries the health body is {@code Ok(503, body)} with
     * {@code database = DOWN}: the server answers, its database does not.
     */
    public ApiResult<HealthResponse> health() {
        return transport.send(get("/api/v1/health", false), HEALTH, true);
    }

    /** {@link #health()} without blocking the caller: the future completes within the request timeout. */
    public CompletableFuture<ApiResult<HealthResponse>> healthAsync() {
        return transport.sendAsync(get("/api/v1/health", false), HEALTH, true);
    }

    /** {@code POST /api/v1/entries}: {@code Ok(201)} stored, {@code Ok(200)} with {@code duplicate} a replay. */
    public ApiResult<EntryResponse> postEntry(EntryRequest entry) {
        return transport.send(post("/api/v1/entries", token.get(), entry), ENTRY, false);
    }

    /**
     * {@code POST /api/v1/exits}: {@code Ok(201)} stored, {@code Ok(200)} a replay, {@code Ok(202)} accepted while its
     * entry has not arrived yet; {@code Rejected(409, already_exited)} carries the existing exit in {@code rawBody}.
     */
    public ApiResult<ExitResponse> postExit(ExitRequest exit) {
        return transport.send(post("/api/v1/exits", token.get(), exit), EXIT, false);
    }

    /**
     * {@code POST /api/v1/sync-log/set-aside}: {@code Ok(201)} reported now, {@code Ok(200)} reported before; needs a
     * login with a station.
     */
    public ApiResult<Void> reportSetAside(SetAsideReport report) {
        return transport.send(post("/api/v1/sync-log/set-aside", token.get(), report), null, false);
    }

    /**
     * {@code PUT /api/v1/photos/{recordId}?kind=IN|OUT} with the JPEG; idempotent ({@code Ok(201)} stored, {@code
     * Ok(200)} already there).
     */
    /**
     * Photos (up to 5 MiB) get more time than the 2 s of lane calls: they are sent after the barrier opened, or by
     * the sync, so a slow link delays only the photo, never a car.
     */
    public static final Duration PHOTO_TIMEOUT = Duration.ofSeconds(30);

    public ApiResult<Void> putPhoto(UUID recordId, String kind, byte[] jpeg) {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(jpeg, "jpeg");
        if (!"IN".equals(kind) && !"OUT".equals(kind)) {
            throw new IllegalArgumentException("kind must be IN or OUT, was " + kind);
        }
        String path = "/api/v1/photos/" + recordId + new QueryString().add("kind", kind);
        HttpRequest request = transport
                .request(path, token.get(), PHOTO_TIMEOUT)
                .header("Content-Type", "image/jpeg")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(jpeg))
                .build();
        return transport.send(request, null, false);
    }

    /** {@code GET /api/v1/photos/{recordId}}: the JPEG of an entry or exit; {@code Rejected(404)} when none. */
    public ApiResult<byte[]> photo(UUID recordId) {
        Objects.requireNonNull(recordId, "recordId");
        HttpRequest request = transport
                .request("/api/v1/photos/" + recordId, token.get(), PHOTO_TIMEOUT)
                .GET()
                .build();
        return transport.send(request, BYTES, false);
    }

    /** {@code GET /api/v1/tickets/{ticketCode}}: the parking session; {@code Rejected(404)} when unknown. */
    public ApiResult<SessionView> ticket(String ticketCode) {
        Objects.requireNonNull(ticketCode, "ticketCode");
        return transport.send(get("/api/v1/tickets/" + QueryString.segment(ticketCode), true), SESSION, false);
    }

    /**
     * {@code GET /api/v1/vehicles/inside?after=ID&limit=N}: one page of every ACTIVE session, in id order after
     * {@code afterId} ({@link #FIRST_PAGE} for the first): a lane loads every vehicle inside, however many.
     */
    public ApiResult<List<SessionView>> vehiclesInsidePage(UUID afterId, int limit) {
        Objects.requireNonNull(afterId, "afterId");
        String path = "/api/v1/vehicles/inside"
                + new QueryString().add("after", afterId.toString()).add("limit", limit);
        return transport.send(get(path, true), SESSIONS, false);
    }

    /** The {@code after} of the first page: the nil UUID, below every id. */
    public static final UUID FIRST_PAGE = new UUID(0, 0);

    /** {@code GET /api/v1/vehicles/inside}: ACTIVE sessions, those whose normalised plate starts with the prefix. */
    public ApiResult<List<SessionView>> vehiclesInside(String platePrefixOrNull, int limit) {
        String path = "/api/v1/vehicles/inside"
                + new QueryString().add("plate", platePrefixOrNull).add("limit", limit);
        return transport.send(get(path, true), SESSIONS, false);
    }

    /** {@code GET /api/v1/vehicles/inside?shortCode=}: the vehicles inside whose ticket has the short code. */
    public ApiResult<List<SessionView>> vehiclesInsideByShortCode(String shortCode, int limit) {
        Objects.requireNonNull(shortCode, "shortCode");
        String path = "/api/v1/vehicles/inside"
                + new QueryString().add("shortCode", shortCode).add("limit", limit);
        return transport.send(get(path, true), SESSIONS, false);
    }

    /** {@code GET /api/v1/fees/quote}: the fee for a stay until {@code exitTime}, by ticket code or entry id. */
    public ApiResult<FeeQuoteResponse> quote(
            String ticketCode, UUID entryIdOrNull, Instant exitTime, boolean lostTicket) {
        Objects.requireNonNull(exitTime, "exitTime");
        String path = "/api/v1/fees/quote"
                + new QueryString()
                        .add("ticketCode", ticketCode)
                        .add("entryId", entryIdOrNull)
                        .add("exitTime", exitTime)
                        .add("lostTicket", lostTicket);
        return transport.send(get(path, true), QUOTE, false);
    }

    /** {@code GET /api/v1/tariffs}: every tariff version (lanes keep them to price tickets offline). */
    public ApiResult<List<TariffDto>> tariffs() {
        return transport.send(get("/api/v1/tariffs", true), TARIFFS, false);
    }

    /** {@code GET /api/v1/payment-methods}: the methods a lane may record. */
    public ApiResult<PaymentMethodsResponse> paymentMethods() {
        return transport.send(get("/api/v1/payment-methods", true), PAYMENT_METHODS, false);
    }

    /** {@code GET /api/v1/ticket-keys}: the public keys of the enrolled entry stations and the server. */
    public ApiResult<TicketKeysResponse> ticketKeys() {
        return transport.send(get("/api/v1/ticket-keys", true), TICKET_KEYS, false);
    }

    /** {@code GET /api/v1/ticket-stations} (ADMIN): the enrolled stations with their keys. */
    public ApiResult<List<EnrolledStationView>> enrolledStations() {
        return transport.send(get("/api/v1/ticket-stations", true), STATIONS, false);
    }

    /** {@code POST /api/v1/ticket-stations} (ADMIN): enrolls a station with its public key. */
    public ApiResult<EnrolledStationView> enrollStation(StationEnrollRequest request) {
        return transport.send(post("/api/v1/ticket-stations", token.get(), request), STATION, false);
    }

    /** {@code POST /api/v1/ticket-stations/{code}/rotate} (ADMIN): the station's new public key. */
    public ApiResult<EnrolledStationView> rotateStationKey(String code, StationKeyRequest request) {
        return transport.send(
                post("/api/v1/ticket-stations/" + stationPath(code) + "/rotate", token.get(), request), STATION, false);
    }

    /** {@code POST /api/v1/ticket-stations/{code}/revoke} (ADMIN): refuses the station's tickets from a time on. */
    public ApiResult<EnrolledStationView> revokeStation(String code, StationRevokeRequest request) {
        return transport.send(
                post("/api/v1/ticket-stations/" + stationPath(code) + "/revoke", token.get(), request), STATION, false);
    }

    /** A station code goes into a path only when it has the station shape (letters, digits, '.', '_', '-'). */
    private static String stationPath(String code) {
        if (code == null || !code.matches("[A-Za-z0-9._-]{1,64}") || code.equals(".") || code.equals("..")) {
            throw new IllegalArgumentException("not a station code: '" + code + "'");
        }
        return code;
    }

    /**
     * {@code POST /api/v1/shifts}: opens this login's shift at its station ({@code Ok(201)}), or answers the open one
     * ({@code Ok(200)}).
     *
     * @param openedAt when the operator started at the lane; {@code null} = now
     */
    public ApiResult<ShiftView> openShift(Instant openedAt) {
        return transport.send(post("/api/v1/shifts", token.get(), new ShiftOpenRequest(openedAt)), SHIFT, false);
    }

    /** {@code GET /api/v1/shifts/current}: this login's open shift with its figures until now; 404 when none. */
    public ApiResult<ShiftView> currentShift() {
        return transport.send(get("/api/v1/shifts/current", true), SHIFT, false);
    }

    /** {@code GET /api/v1/shifts/{id}/transactions}: the shift's exits, newest first. */
    public ApiResult<List<ShiftTransaction>> shiftTransactions(UUID shiftId) {
        Objects.requireNonNull(shiftId, "shiftId");
        return transport.send(get("/api/v1/shifts/" + shiftId + "/transactions", true), SHIFT_TRANSACTIONS, false);
    }

    /** {@code POST /api/v1/shifts/{id}/close} ("Tutup Shift"): the closed shift's report. */
    public ApiResult<ShiftView> closeShift(UUID shiftId, long cashCounted, String note) {
        Objects.requireNonNull(shiftId, "shiftId");
        return transport.send(
                post("/api/v1/shifts/" + shiftId + "/close", token.get(), new ShiftCloseRequest(cashCounted, note)),
                SHIFT,
                false);
    }

    /** Forgets the token, unless another one replaced it meanwhile. */
    private void tokenRevoked(String revoked) {
        token.compareAndSet(revoked, null);
    }

    private HttpRequest get(String path, boolean authenticated) {
        return transport.request(path, authenticated ? token.get() : null).GET().build();
    }

    private HttpRequest post(String path, String bearer, Object body) {
        return transport
                .request(path, bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(body)))
                .build();
    }

    private static byte[] json(Object body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
