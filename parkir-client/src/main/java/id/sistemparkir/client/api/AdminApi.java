package id.sistemparkir.client.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.json.Json;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The back-office endpoints (api.md, "Back office") as calls for SimpleParkingAdmin. Answers are JSON trees: the admin
 * window shows many shapes that change with the server, and a tolerant tree keeps an older window working against a
 * newer server. Uses the token of the {@link ServerApi} it is made from; every call returns an {@link ApiResult}.
 */
public final class AdminApi {

    /** Back-office queries read more than a lane call: give them more time than the lanes' 2 s. */
    public static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** A report rendered as PDF or XLSX over a long period. */
    public static final Duration REPORT_TIMEOUT = Duration.ofSeconds(60);

    private static final JavaType TREE = Json.lenientMapper().getTypeFactory().constructType(JsonNode.class);
    private static final JavaType BYTES = Json.lenientMapper().getTypeFactory().constructType(byte[].class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final ServerApi api;
    private final ApiTransport transport;

    public AdminApi(ServerApi api) {
        this.api = Objects.requireNonNull(api, "api");
        this.transport = new ApiTransport(api.endpoint(), ServerApi.defaultClient(api.endpoint()));
    }

    public ServerApi serverApi() {
        return api;
    }

    /** {@code GET /api/v1/auth/me}: who the token belongs to. */
    public ApiResult<JsonNode> me() {
        return get("/api/v1/auth/me");
    }

    public ApiResult<JsonNode> statsNow() {
        return get("/api/v1/stats/now");
    }

    public ApiResult<JsonNode> traffic(LocalDate dateOrNull) {
        return get("/api/v1/stats/traffic" + new QueryString().add("date", dateOrNull));
    }

    public ApiResult<JsonNode> stations() {
        return get("/api/v1/stations");
    }

    public ApiResult<JsonNode> alerts() {
        return get("/api/v1/alerts");
    }

    public ApiResult<JsonNode> duplicates() {
        return get("/api/v1/duplicates");
    }

    /** {@code POST /api/v1/duplicates/resolve}: voids one session of a suspected duplicate (never deletes it). */
    public ApiResult<JsonNode> resolveDuplicate(UUID voidSessionId, UUID keepSessionIdOrNull, String reason) {
        Objects.requireNonNull(voidSessionId, "voidSessionId");
        return post(
                "/api/v1/duplicates/resolve",
                body("voidSessionId", voidSessionId, "keepSessionId", keepSessionIdOrNull, "reason", reason));
    }

    /** A page of sessions; every filter may be {@code null}. */
    public ApiResult<JsonNode> sessions(SessionQuery query) {
        return get("/api/v1/sessions"
                + new QueryString()
                        .add("from", query.from())
                        .add("to", query.to())
                        .add("plate", blankToNull(query.plate()))
                        .add("vehicleType", blankToNull(query.vehicleType()))
                        .add("status", blankToNull(query.status()))
                        .add("gate", blankToNull(query.gate()))
                        .add("operator", blankToNull(query.operator()))
                        .add("page", query.page())
                        .add("size", query.size()));
    }

    /** The filters of {@code GET /api/v1/sessions}. */
    public record SessionQuery(
            Instant from,
            Instant to,
            String plate,
            String vehicleType,
            String status,
            String gate,
            String operator,
            int page,
            int size) {}

    /** {@code GET /api/v1/sessions/{id}}: the session, fee breakdown, photos, sync log and audit trail. */
    public ApiResult<JsonNode> session(UUID id) {
        return get("/api/v1/sessions/" + Objects.requireNonNull(id, "id"));
    }

    public ApiResult<JsonNode> voidSession(UUID id, String reason) {
        return post("/api/v1/sessions/" + Objects.requireNonNull(id, "id") + "/void", body("reason", reason));
    }

    public ApiResult<JsonNode> openSessions(int olderThanHours) {
        return get("/api/v1/open-sessions" + new QueryString().add("olderThanHours", olderThanHours));
    }

    /** {@code POST /api/v1/open-sessions/close}: {@code action} CLOSE (with {@code fee}) or VOID. */
    public ApiResult<JsonNode> closeOpenSessions(
            java.util.List<UUID> sessionIds, String action, Long feeOrNull, String reason) {
        return post(
                "/api/v1/open-sessions/close",
                body("sessionIds", sessionIds, "action", action, "fee", feeOrNull, "reason", reason));
    }

    /** Money that needs a look; {@code resolvedOrNull} false = open items only. */
    public ApiResult<JsonNode> reviews(String kindOrNull, Boolean resolvedOrNull) {
        return get("/api/v1/reviews"
                + new QueryString().add("kind", blankToNull(kindOrNull)).add("resolved", resolvedOrNull));
    }

    public ApiResult<JsonNode> resolveReview(String kind, UUID subjectId, String reason) {
        return post("/api/v1/reviews/resolve", body("kind", kind, "subjectId", subjectId, "reason", reason));
    }

    public ApiResult<JsonNode> exitConflicts() {
        return get("/api/v1/exit-conflicts");
    }

    public ApiResult<JsonNode> syncLog(String stationOrNull, String outcomeOrNull, int page, int size) {
        return get("/api/v1/sync-log"
                + new QueryString()
                        .add("station", blankToNull(stationOrNull))
                        .add("outcome", blankToNull(outcomeOrNull))
                        .add("page", page)
                        .add("size", size));
    }

    public ApiResult<JsonNode> auditLog(String actorOrNull, String actionOrNull, int page, int size) {
        return get("/api/v1/audit-log"
                + new QueryString()
                        .add("actor", blankToNull(actorOrNull))
                        .add("action", blankToNull(actionOrNull))
                        .add("page", page)
                        .add("size", size));
    }

    public ApiResult<JsonNode> tariffs() {
        return get("/api/v1/tariffs");
    }

    /** {@code POST /api/v1/tariffs/preview}: fees of typical stays, now and under {@code rates}; stores nothing. */
    public ApiResult<JsonNode> previewTariff(Map<String, ?> rates) {
        return post("/api/v1/tariffs/preview", body("rates", rates));
    }

    /** {@code PUT /api/v1/tariffs}: a new version in force from {@code effectiveFrom}. */
    public ApiResult<JsonNode> saveTariff(Instant effectiveFrom, Map<String, ?> rates) {
        return send("PUT", "/api/v1/tariffs", body("effectiveFrom", effectiveFrom, "rates", rates), TIMEOUT);
    }

    public ApiResult<JsonNode> users() {
        return get("/api/v1/users");
    }

    public ApiResult<JsonNode> createUser(String username, String password, String role, String fullNameOrNull) {
        return post(
                "/api/v1/users",
                body("username", username, "password", password, "role", role, "fullName", fullNameOrNull));
    }

    /** {@code PUT /api/v1/users/{username}}: only the fields given change. */
    public ApiResult<JsonNode> updateUser(String username, Map<String, ?> changes) {
        return send(
                "PUT", "/api/v1/users/" + name(username), Json.lenientMapper().valueToTree(changes), TIMEOUT);
    }

    public ApiResult<JsonNode> gates() {
        return get("/api/v1/gates");
    }

    public ApiResult<JsonNode> members() {
        return get("/api/v1/members");
    }

    /** {@code POST /api/v1/gates}: {@code code, name, direction, active}. */
    public ApiResult<JsonNode> createGate(Map<String, ?> gate) {
        return post("/api/v1/gates", Json.lenientMapper().valueToTree(gate));
    }

    /** {@code PUT /api/v1/gates/{code}}: only the fields given change (the code never does). */
    public ApiResult<JsonNode> updateGate(String code, Map<String, ?> changes) {
        return send("PUT", "/api/v1/gates/" + name(code), Json.lenientMapper().valueToTree(changes), TIMEOUT);
    }

    /** {@code POST /api/v1/members}: card, name, plate, class, valid from/until, discount, active. */
    public ApiResult<JsonNode> createMember(Map<String, ?> member) {
        return post("/api/v1/members", Json.lenientMapper().valueToTree(member));
    }

    /** {@code PUT /api/v1/members/{id}}: only the fields given change. */
    public ApiResult<JsonNode> updateMember(UUID id, Map<String, ?> changes) {
        return send("PUT", "/api/v1/members/" + id, Json.lenientMapper().valueToTree(changes), TIMEOUT);
    }

    /** {@code GET /api/v1/ticket-stations} (ADMIN): the enrolled stations with their keys. */
    public ApiResult<JsonNode> ticketStations() {
        return get("/api/v1/ticket-stations");
    }

    /** {@code POST /api/v1/ticket-stations}: {@code publicKey} as {@code parkir station key} prints it. */
    public ApiResult<JsonNode> enrollStation(
            String code, String stationName, String direction, String gate, String publicKeyOrNull) {
        return post(
                "/api/v1/ticket-stations",
                body(
                        "code",
                        code,
                        "name",
                        stationName,
                        "direction",
                        direction,
                        "gate",
                        gate,
                        "publicKey",
                        blankToNull(publicKeyOrNull)));
    }

    /** {@code POST /api/v1/ticket-stations/{code}/rotate}: the station's new public key. */
    public ApiResult<JsonNode> rotateStation(String code, String publicKey) {
        return post("/api/v1/ticket-stations/" + name(code) + "/rotate", body("publicKey", publicKey));
    }

    /** {@code POST /api/v1/ticket-stations/{code}/revoke}: from now, with the reason (audited). */
    public ApiResult<JsonNode> revokeStation(String code, String reason) {
        return post("/api/v1/ticket-stations/" + name(code) + "/revoke", body("reason", reason));
    }

    public ApiResult<JsonNode> settings() {
        return get("/api/v1/settings");
    }

    public ApiResult<JsonNode> updateSettings(Map<String, ?> changes) {
        return send("PUT", "/api/v1/settings", Json.lenientMapper().valueToTree(changes), TIMEOUT);
    }

    public ApiResult<JsonNode> capacity() {
        return get("/api/v1/capacity");
    }

    /** {@code PUT /api/v1/capacity}: spaces per class, 0 = unknown. */
    public ApiResult<JsonNode> updateCapacity(Map<String, Integer> spaces) {
        return send("PUT", "/api/v1/capacity", Json.lenientMapper().valueToTree(spaces), TIMEOUT);
    }

    public ApiResult<JsonNode> backups() {
        return get("/api/v1/backups");
    }

    /** "Backup now" ({@code 409 not_embedded} on MariaDB/MySQL). */
    public ApiResult<JsonNode> backupNow() {
        return send("POST", "/api/v1/backups", Json.lenientMapper().createObjectNode(), REPORT_TIMEOUT);
    }

    /** {@code GET /api/v1/reports/daily} as JSON. */
    public ApiResult<JsonNode> report(LocalDate from, LocalDate to) {
        return transport.send(
                transport
                        .request(reportPath(from, to, null, null), token(), REPORT_TIMEOUT)
                        .GET()
                        .build(),
                TREE,
                false);
    }

    /** The same report as the server renders it: {@code csv}, {@code xlsx} or {@code pdf}, in {@code lang}. */
    public ApiResult<byte[]> reportFile(LocalDate from, LocalDate to, String format, String lang) {
        if (!java.util.Set.of("csv", "xlsx", "pdf").contains(format)) {
            throw new IllegalArgumentException("format must be csv, xlsx or pdf, was " + format);
        }
        return transport.send(
                transport
                        .request(reportPath(from, to, format, lang), token(), REPORT_TIMEOUT)
                        .GET()
                        .build(),
                BYTES,
                false);
    }

    private static String reportPath(LocalDate from, LocalDate to, String format, String lang) {
        return "/api/v1/reports/daily"
                + new QueryString()
                        .add("from", from)
                        .add("to", to)
                        .add("format", format)
                        .add("lang", lang);
    }

    /** A photo's bytes by the URL path the server gave ({@code /api/v1/photos/...}). */
    public ApiResult<byte[]> photo(String serverPath) {
        if (serverPath == null || !serverPath.startsWith("/api/v1/photos/")) {
            throw new IllegalArgumentException("not a photo path: " + serverPath);
        }
        return transport.send(
                transport
                        .request(serverPath, token(), ServerApi.PHOTO_TIMEOUT)
                        .GET()
                        .build(),
                BYTES,
                false);
    }

    private ApiResult<JsonNode> get(String path) {
        return transport.send(transport.request(path, token(), TIMEOUT).GET().build(), TREE, false);
    }

    private ApiResult<JsonNode> post(String path, JsonNode body) {
        return send("POST", path, body, TIMEOUT);
    }

    private ApiResult<JsonNode> send(String method, String path, JsonNode body, Duration timeout) {
        HttpRequest request = transport
                .request(path, token(), timeout)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
                .build();
        return transport.send(request, TREE, false);
    }

    private String token() {
        return api.token().orElse(null);
    }

    /** A JSON object from name/value pairs, nulls left out. */
    private static JsonNode body(Object... pairs) {
        var node = Json.lenientMapper().createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                node.set((String) pairs[i], Json.mapper().valueToTree(pairs[i + 1]));
            }
        }
        return node;
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the request as JSON", e);
        }
    }

    /** A username before it becomes a path segment. */
    private static String name(String username) {
        if (username == null || !NAME.matcher(username).matches()) {
            throw new IllegalArgumentException("not a username: " + username);
        }
        return username;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
