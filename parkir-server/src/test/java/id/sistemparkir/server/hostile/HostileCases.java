package id.sistemparkir.server.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.server.testsupport.Jpegs;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The hostile-input table (issue 9): every case with the refusal it must get. */
final class HostileCases {

    /** Hostile text for every text field, by name. */
    static final Map<String, String> HOSTILE_TEXT = new LinkedHashMap<>();

    static {
        HOSTILE_TEXT.put("SQL injection", "' OR '1'='1'; DROP TABLE parking_sessions; --");
        HOSTILE_TEXT.put("NUL and terminal escape", "B 1\u0000\u001b[2J");
        HOSTILE_TEXT.put("markup", "<script>alert(1)</script>");
        HOSTILE_TEXT.put("path traversal", "../../etc/passwd");
        HOSTILE_TEXT.put("200 KB", "A".repeat(200_000));
        HOSTILE_TEXT.put("bidi override", "IN1\u202Egnp.exe");
        HOSTILE_TEXT.put("CRLF injection", "IN1\r\nX-Injected: yes");
        HOSTILE_TEXT.put("emoji", "\uD83D\uDE97\uD83D\uDCA5");
    }

    static final String LONG_TAIL = "A".repeat(200);

    private static final String UPGRADE = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";

    private final List<HostileCase> cases = new ArrayList<>();

    private HostileCases() {}

    static List<HostileCase> all() {
        HostileCases table = new HostileCases();
        table.malformedBodies();
        table.textFieldsInBodies();
        table.textFieldsInQueries();
        table.tariffs();
        table.laneSemantics();
        table.tokensAndRoles();
        table.passwords();
        table.photos();
        table.jettyRefusals();
        table.webSocketFrames();
        return List.copyOf(table.cases);
    }

    // ---- bodies ------------------------------------------------------------------------------------------------

    private void malformedBodies() {
        String category = "malformed JSON and wrong types";
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("entry", "/api/v1/entries");
        endpoints.put("exit", "/api/v1/exits");
        endpoints.put("user", "/api/v1/users");
        endpoints.put("tariff", "/api/v1/tariffs");
        Map<String, String[]> bodies = new LinkedHashMap<>();
        bodies.put("truncated JSON", new String[] {"{\"id\":", "invalid_json"});
        bodies.put("empty body", new String[] {"", "invalid_json"});
        bodies.put("JSON null", new String[] {"null", "invalid_json"});
        bodies.put("array", new String[] {"[1,2]", "invalid_field"});
        bodies.put("number", new String[] {"42", "invalid_field"});
        bodies.put("100 KB field name", new String[] {"{\"" + "f".repeat(100_000) + "\":1}", "invalid_json"});
        bodies.put("deep nesting", new String[] {"[".repeat(5000) + "]".repeat(5000), "invalid_field"});
        bodies.put("NUL bytes", new String[] {"{\u0000}", "invalid_json"});
        endpoints.forEach((what, path) -> bodies.forEach((name, body) -> {
            String method = path.endsWith("tariffs") ? "PUT" : "POST";
            add(category, what + ": " + name, t -> json(t, method, path, t.adminToken(), body[0]), 400, body[1]);
        }));
        add(
                category,
                "login: truncated JSON",
                t -> json(t, "POST", "/api/v1/auth/login", null, "{\"username\":"),
                400,
                "invalid_json");
        add(
                category,
                "login: password as number",
                t -> json(t, "POST", "/api/v1/auth/login", null, "{\"username\":\"admin\",\"password\":12345678}"),
                400,
                "invalid_field");
        add(
                category,
                "entry: plate as object",
                t -> json(t, "POST", "/api/v1/entries", t.operatorToken(), entry(e -> e.putObject("plate"))),
                400,
                "invalid_field");
        add(
                category,
                "entry: vehicle class unknown",
                t -> json(t, "POST", "/api/v1/entries", t.operatorToken(), entry(e -> e.put("vehicleType", "UFO"))),
                400,
                "invalid_field");
        add(
                category,
                "entry: time without offset",
                t -> json(
                        t,
                        "POST",
                        "/api/v1/entries",
                        t.operatorToken(),
                        entry(e -> e.put("entryTime", "2026-11-25T08:00:00"))),
                400,
                "invalid_field");
        add(
                category,
                "entry: id not a UUID",
                t -> json(t, "POST", "/api/v1/entries", t.operatorToken(), entry(e -> e.put("id", "../../x"))),
                400,
                "invalid_field");
        add(
                category,
                "exit: fee 1e400",
                t -> json(
                        t,
                        "POST",
                        "/api/v1/exits",
                        t.operatorToken(),
                        exit(t, e -> {}).replace("\"fee\":0", "\"fee\":1e400")),
                400,
                "invalid_field");
        add(
                category,
                "exit: fee as text",
                t -> json(t, "POST", "/api/v1/exits", t.operatorToken(), exit(t, e -> e.put("fee", "1000"))),
                400,
                "invalid_field");
        add(
                category,
                "entry: wrong content type",
                t -> send(t, "POST", "/api/v1/entries", t.operatorToken(), "text/plain", "plate=B1".getBytes()),
                400,
                "unsupported_content_type");
        add(
                category,
                "entry: 2 MB body",
                t -> json(
                        t,
                        "POST",
                        "/api/v1/entries",
                        t.operatorToken(),
                        entry(e -> e.put("plate", "B".repeat(2 * 1024 * 1024)))),
                413,
                "payload_too_large");
    }

    private void textFieldsInBodies() {
        String category = "hostile text in body fields";
        field(
                category,
                "entry.plate",
                "invalid_plate",
                (t, v) -> json(t, "POST", "/api/v1/entries", t.operatorToken(), entry(e -> e.put("plate", v))));
        field(
                category,
                "entry.gate",
                "invalid_gate",
                (t, v) -> json(t, "POST", "/api/v1/entries", t.operatorToken(), entry(e -> e.put("gate", v))));
        field(
                category,
                "entry.ticketCode",
                "invalid_ticket",
                (t, v) -> json(t, "POST", "/api/v1/entries", t.operatorToken(), entry(e -> e.put("ticketCode", v))));
        field(
                category,
                "exit.plate",
                "invalid_plate",
                (t, v) -> json(t, "POST", "/api/v1/exits", t.operatorToken(), exit(t, e -> e.put("plate", v))));
        field(
                category,
                "exit.gate",
                "invalid_gate",
                (t, v) -> json(t, "POST", "/api/v1/exits", t.operatorToken(), exit(t, e -> e.put("gate", v))));
        field(
                category,
                "exit.paymentMethod",
                "invalid_payment_method",
                (t, v) -> json(t, "POST", "/api/v1/exits", t.operatorToken(), exit(t, e -> e.put("paymentMethod", v))));
        field(
                category,
                "exit.ticketCode",
                "invalid_ticket",
                (t, v) -> json(
                        t,
                        "POST",
                        "/api/v1/exits",
                        t.operatorToken(),
                        exit(t, e -> e.remove("entryId")).replace("{", "{\"ticketCode\":" + quote(v) + ",")));
        field(
                category,
                "login.station",
                "invalid_station",
                (t, v) -> json(t, "POST", "/api/v1/auth/login", null, login(Target.OPERATOR, Target.PASSWORD, v)));
        field(
                category,
                "user.username",
                "invalid_username",
                (t, v) -> json(t, "POST", "/api/v1/users", t.adminToken(), user(v, "Nama Baru")));
        field(
                category,
                "user.fullName",
                "invalid_name",
                (t, v) -> json(t, "POST", "/api/v1/users", t.adminToken(), user("user.fullname", v)));
        // A login never says whether a username exists: hostile usernames get the wrong-credentials answer.
        HOSTILE_TEXT.forEach((name, value) -> add(
                category,
                "login.username: " + name,
                t -> json(t, "POST", "/api/v1/auth/login", null, login(value, "not-the-password", null)),
                401,
                "invalid_credentials"));
    }

    private void textFieldsInQueries() {
        String category = "hostile text in query and path parameters";
        query(category, "vehicles/inside?plate", "invalid_plate", v -> "/api/v1/vehicles/inside?plate=" + v);
        query(category, "fees/quote?ticketCode", "invalid_ticket", v -> "/api/v1/fees/quote?ticketCode=" + v);
        query(category, "fees/quote?entryId", "invalid_id", v -> "/api/v1/fees/quote?entryId=" + v);
        query(
                category,
                "fees/quote?exitTime",
                "invalid_parameter",
                v -> "/api/v1/fees/quote?entryId=" + UUID.randomUUID() + "&exitTime=" + v);
        query(category, "sync-log?recordId", "invalid_id", v -> "/api/v1/sync-log?recordId=" + v);
        query(category, "vehicles/inside?limit", "invalid_parameter", v -> "/api/v1/vehicles/inside?limit=" + v);
        query(category, "tickets/{ticketCode}", "invalid_ticket", v -> "/api/v1/tickets/" + v);
        query(category, "photos/{recordId}", "invalid_id", v -> "/api/v1/photos/" + v);
    }

    private void tariffs() {
        String category = "absurd tariffs";
        String max = Long.toString(Long.MAX_VALUE);
        add(
                category,
                "every amount Long.MAX_VALUE",
                t -> tariff(t, now(), max, max, max, max, "600"),
                400,
                "invalid_tariff");
        add(
                category,
                "firstHour above the bound",
                t -> tariff(t, now(), "100000001", "1", "100000001", "1", "600"),
                400,
                "invalid_tariff");
        add(
                category,
                "nextHour Long.MAX_VALUE",
                t -> tariff(t, now(), "5000", max, "40000", "1", "600"),
                400,
                "invalid_tariff");
        add(
                category,
                "maxPerDay Long.MAX_VALUE",
                t -> tariff(t, now(), "5000", "3000", max, "1", "600"),
                400,
                "invalid_tariff");
        add(
                category,
                "lostTicket Long.MAX_VALUE",
                t -> tariff(t, now(), "5000", "3000", "40000", max, "600"),
                400,
                "invalid_tariff");
        add(
                category,
                "cap below the first hour",
                t -> tariff(t, now(), "5000", "3000", "4999", "1", "600"),
                400,
                "invalid_tariff");
        add(
                category,
                "grace of two days",
                t -> tariff(t, now(), "5000", "3000", "40000", "1", "172800"),
                400,
                "invalid_field");
        add(
                category,
                "starts in year 99999",
                t -> tariff(t, "+99999-01-01T00:00:00Z", "5000", "3000", "40000", "1", "600"),
                400,
                "invalid_tariff");
        add(
                category,
                "starts in two years",
                t -> tariff(
                        t, Instant.now().plus(730, ChronoUnit.DAYS).toString(), "5000", "3000", "40000", "1", "600"),
                400,
                "invalid_tariff");
        add(
                category,
                "starts yesterday",
                t -> tariff(t, Instant.now().minus(1, ChronoUnit.DAYS).toString(), "5000", "3000", "40000", "1", "600"),
                400,
                "invalid_effective_from");
        add(
                category,
                "negative amount",
                t -> tariff(t, now(), "-1", "3000", "40000", "1", "600"),
                400,
                "invalid_field");
        add(
                category,
                "fractional amount",
                t -> tariff(t, now(), "5000.5", "3000", "40000", "1", "600"),
                400,
                "invalid_field");
        add(
                category,
                "amount beyond a long",
                t -> tariff(t, now(), "99999999999999999999", "3000", "40000", "1", "600"),
                400,
                "invalid_field");
        add(
                category,
                "quote for an exit in year 99999",
                t -> get(
                        t,
                        "/api/v1/fees/quote?ticketCode=" + t.ticketCode() + "&exitTime=%2B99999-01-01T00:00:00Z",
                        t.operatorToken()),
                400,
                "invalid_time");
    }

    private void laneSemantics() {
        String category = "lane records out of bounds";
        add(
                category,
                "entry time in 2099",
                t -> json(
                        t,
                        "POST",
                        "/api/v1/entries",
                        t.operatorToken(),
                        entry(e -> e.put("entryTime", "2099-01-01T00:00:00Z"))),
                400,
                "invalid_time");
        add(
                category,
                "entry time in 1970",
                t -> json(
                        t,
                        "POST",
                        "/api/v1/entries",
                        t.operatorToken(),
                        entry(e -> e.put("entryTime", "1970-01-01T00:00:00Z"))),
                400,
                "invalid_time");
        add(
                category,
                "entry time in year -999999999",
                t -> json(
                        t,
                        "POST",
                        "/api/v1/entries",
                        t.operatorToken(),
                        entry(e -> e.put("entryTime", "-999999999-01-01T00:00:00Z"))),
                400,
                "invalid_time");
        add(
                category,
                "forged ticket on an entry",
                t -> json(
                        t,
                        "POST",
                        "/api/v1/entries",
                        t.operatorToken(),
                        entry(e -> e.put("ticketCode", "T1AAAAAAAA-BBBBBBBB"))),
                400,
                "invalid_ticket");
        add(
                category,
                "exit with a forged ticket",
                t -> json(
                        t,
                        "POST",
                        "/api/v1/exits",
                        t.operatorToken(),
                        exit(t, e -> e.remove("entryId")).replace("{", "{\"ticketCode\":\"T1AAAA-BBBB\",")),
                400,
                "invalid_ticket");
        add(
                category,
                "exit time in 2099",
                t -> json(
                        t,
                        "POST",
                        "/api/v1/exits",
                        t.operatorToken(),
                        exit(t, e -> e.put("exitTime", "2099-01-01T00:00:00Z"))),
                400,
                "invalid_time");
        add(
                category,
                "exit fee Long.MAX_VALUE",
                t -> json(t, "POST", "/api/v1/exits", t.operatorToken(), exit(t, e -> e.put("fee", Long.MAX_VALUE))),
                400,
                "invalid_amount");
        add(
                category,
                "exit paid Long.MAX_VALUE",
                t -> json(t, "POST", "/api/v1/exits", t.operatorToken(), exit(t, e -> e.put("paid", Long.MAX_VALUE))),
                400,
                "invalid_amount");
        add(
                category,
                "exit fee negative",
                t -> json(t, "POST", "/api/v1/exits", t.operatorToken(), exit(t, e -> e.put("fee", -1))),
                400,
                "invalid_field");
        add(
                category,
                "exit without ticket or entry",
                t -> json(t, "POST", "/api/v1/exits", t.operatorToken(), exit(t, e -> e.remove("entryId"))),
                400,
                "invalid_field");
        add(
                category,
                "vehicles inside limit 10^9",
                t -> get(t, "/api/v1/vehicles/inside?limit=1000000000", t.operatorToken()),
                400,
                "invalid_limit");
    }

    private void tokensAndRoles() {
        String category = "tokens and roles";
        add(category, "no token", t -> get(t, "/api/v1/vehicles/inside", null), 401, "unauthorized");
        add(category, "malformed token", t -> get(t, "/api/v1/vehicles/inside", "x' OR 1=1 --"), 401, "unauthorized");
        add(
                category,
                "forged token of the right shape",
                t -> get(t, "/api/v1/vehicles/inside", "A".repeat(43)),
                401,
                "unauthorized");
        add(
                category,
                "logged-out token",
                t -> get(t, "/api/v1/vehicles/inside", t.loggedOutToken()),
                401,
                "unauthorized");
        add(
                category,
                "basic auth instead of bearer",
                t -> send(
                        t.api()
                                .builder("/api/v1/vehicles/inside", null)
                                .header("Authorization", "Basic YWRtaW46YWRtaW4=")
                                .GET(),
                        t),
                401,
                "unauthorized");
        add(category, "operator publishes a tariff", t -> tariff(t, t.operatorToken(), now()), 403, "forbidden");
        add(category, "supervisor publishes a tariff", t -> tariff(t, t.supervisorToken(), now()), 403, "forbidden");
        add(category, "operator lists users", t -> get(t, "/api/v1/users", t.operatorToken()), 403, "forbidden");
        add(
                category,
                "operator creates an admin",
                t -> json(
                        t,
                        "POST",
                        "/api/v1/users",
                        t.operatorToken(),
                        user("new.admin", "Admin Baru").replace("OPERATOR", "ADMIN")),
                403,
                "forbidden");
        add(
                category,
                "operator reads the sync log",
                t -> get(t, "/api/v1/sync-log", t.operatorToken()),
                403,
                "forbidden");
        add(category, "operator lists stations", t -> get(t, "/api/v1/stations", t.operatorToken()), 403, "forbidden");
        add(
                category,
                "operator promotes itself",
                t -> json(t, "PUT", "/api/v1/users/" + Target.OPERATOR, t.operatorToken(), "{\"role\":\"ADMIN\"}"),
                403,
                "forbidden");
        add(
                category,
                "supervisor creates a user",
                t -> json(t, "POST", "/api/v1/users", t.supervisorToken(), user("spv.made", "Nama")),
                403,
                "forbidden");
        add(category, "WebSocket without token", t -> RawHttp.get(t.port(), "/ws", UPGRADE), 401, "unauthorized");
        add(
                category,
                "WebSocket with a forged access_token",
                t -> RawHttp.get(t.port(), "/ws?access_token=" + "B".repeat(43), UPGRADE),
                401,
                "unauthorized");
        add(
                category,
                "WebSocket with a logged-out token",
                t -> RawHttp.get(t.port(), "/ws", UPGRADE + "Authorization: Bearer " + t.loggedOutToken() + "\r\n"),
                401,
                "unauthorized");
    }

    private void passwords() {
        String category = "weak passwords";
        Map<String, String> weak = new LinkedHashMap<>();
        weak.put("eight spaces", "        ");
        weak.put("'password'", "password");
        weak.put("'12345678'", "12345678");
        weak.put("'Password1' in another case", "PASSWORD1");
        weak.put("'qwertyuiop'", "qwertyuiop");
        weak.put("too short", "Ab1!");
        weak.put("the username", "user.weakpw");
        weak.put("tabs and spaces", " \t \t \t \t ");
        weak.forEach((name, password) -> add(
                category,
                "create with " + name,
                t -> json(
                        t,
                        "POST",
                        "/api/v1/users",
                        t.adminToken(),
                        "{\"username\":\"user.weakpw\",\"password\":" + quote(password)
                                + ",\"role\":\"OPERATOR\",\"fullName\":\"Nama\"}"),
                400,
                "weak_password"));
        add(
                category,
                "reset to 'password'",
                t -> json(
                        t, "PUT", "/api/v1/users/" + Target.SUPERVISOR, t.adminToken(), "{\"password\":\"password\"}"),
                400,
                "weak_password");
        add(
                category,
                "reset to eight spaces",
                t -> json(
                        t, "PUT", "/api/v1/users/" + Target.SUPERVISOR, t.adminToken(), "{\"password\":\"        \"}"),
                400,
                "weak_password");
        add(
                category,
                "change own to 'password'",
                t -> json(
                        t,
                        "POST",
                        "/api/v1/auth/password",
                        t.supervisorToken(),
                        "{\"currentPassword\":" + quote(Target.PASSWORD) + ",\"newPassword\":\"password\"}"),
                400,
                "weak_password");
    }

    private void photos() {
        String category = "photos";
        byte[] notJpeg = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
        byte[] onlyMagic = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 0, 0};
        byte[] magicThenHtml = concat(onlyMagic, "<html><script>alert(1)</script></html>".getBytes());
        add(
                category,
                "not a JPEG",
                t -> photo(t, UUID.randomUUID().toString(), "image/jpeg", notJpeg),
                400,
                "invalid_image");
        add(
                category,
                "JPEG magic only",
                t -> photo(t, UUID.randomUUID().toString(), "image/jpeg", onlyMagic),
                400,
                "invalid_image");
        add(
                category,
                "JPEG magic then HTML",
                t -> photo(t, UUID.randomUUID().toString(), "image/jpeg", magicThenHtml),
                400,
                "invalid_image");
        add(
                category,
                "JPEG of 100000 x 100000 pixels",
                t -> photo(t, UUID.randomUUID().toString(), "image/jpeg", Jpegs.withDimensions(100_000, 60_000)),
                400,
                "invalid_image");
        add(
                category,
                "wrong content type",
                t -> photo(t, UUID.randomUUID().toString(), "text/html", Jpegs.valid()),
                400,
                "unsupported_content_type");
        add(
                category,
                "6 MB photo",
                t -> photo(t, UUID.randomUUID().toString(), "image/jpeg", new byte[6 * 1024 * 1024]),
                413,
                "payload_too_large");
        add(
                category,
                "unknown kind",
                t -> send(
                        t.api()
                                .builder("/api/v1/photos/" + UUID.randomUUID() + "?kind=%3Cx%3E", t.operatorToken())
                                .header("Content-Type", "image/jpeg")
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(Jpegs.valid())),
                        t),
                400,
                "invalid_kind");
        add(
                category,
                "record id with traversal",
                t -> photo(t, "..%2F..%2Fetc%2Fpasswd", "image/jpeg", Jpegs.valid()),
                400,
                "invalid_id");
    }

    private void jettyRefusals() {
        String category = "refused by the HTTP layer";
        add(
                category,
                "100 KB header",
                t -> RawHttp.get(t.port(), "/api/v1/health", "X-Big: " + "h".repeat(100_000) + "\r\n"),
                431,
                "headers_too_large");
        add(
                category,
                "100 KB bearer token",
                t -> RawHttp.get(
                        t.port(), "/api/v1/vehicles/inside", "Authorization: Bearer " + "t".repeat(100_000) + "\r\n"),
                431,
                "headers_too_large");
        add(
                category,
                "100 KB URL",
                t -> RawHttp.get(t.port(), "/api/v1/health?x=" + "u".repeat(100_000), ""),
                414,
                "uri_too_long");
        add(category, "%00 in the path", t -> RawHttp.get(t.port(), "/api/v1/tickets/%00", ""), 400, "bad_request");
        add(
                category,
                "bad percent encoding",
                t -> RawHttp.get(t.port(), "/api/v1/tickets/%zz", ""),
                400,
                "bad_request");
        add(
                category,
                "encoded slash traversal",
                t -> RawHttp.get(
                        t.port(),
                        "/api/v1/photos/..%2F..%2Fetc%2Fpasswd",
                        "Authorization: Bearer " + t.operatorToken() + "\r\n"),
                400,
                "invalid_id");
        add(
                category,
                "dot-dot traversal",
                t -> RawHttp.get(t.port(), "/api/v1/../../etc/passwd", ""),
                404,
                "not_found");
        add(category, "broken request line", t -> RawHttp.send(t.port(), "GARBAGE\r\n\r\n", null), 400, "bad_request");
        add(
                category,
                "header without a colon",
                t -> RawHttp.send(t.port(), "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n", null),
                400,
                "bad_request");
        add(
                category,
                "unknown route",
                t -> get(t, "/api/v1/" + "nothing".repeat(20), t.adminToken()),
                404,
                "not_found");
        add(category, "unknown route outside the API", t -> get(t, "/index.html", null), 404, "not_found");
        add(
                category,
                "method not allowed",
                t -> send(
                        t.api().builder("/api/v1/health", null).method("DELETE", HttpRequest.BodyPublishers.noBody()),
                        t),
                404,
                "not_found");
        add(
                category,
                "TRACE method",
                t -> RawHttp.send(
                        t.port(), "TRACE /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", null),
                404,
                "not_found");
        add(
                category,
                "Content-Length larger than the body limit",
                t -> RawHttp.send(
                        t.port(),
                        "POST /api/v1/entries HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                + "application/json\r\nContent-Length: 999999999\r\nAuthorization: Bearer "
                                + t.operatorToken() + "\r\nConnection: close\r\n\r\n",
                        new byte[0]),
                413,
                "payload_too_large");
    }

    private void webSocketFrames() {
        String category = "WebSocket frames";
        Map<String, String[]> frames = new LinkedHashMap<>();
        frames.put("not JSON", new String[] {"not json", "bad_frame"});
        frames.put("JSON array", new String[] {"[1]", "bad_frame"});
        frames.put("no type", new String[] {"{\"since\":0}", "bad_frame"});
        frames.put("unknown type of 100 KB", new String[] {"{\"type\":\"" + "x".repeat(60_000) + "\"}", "bad_frame"});
        frames.put(
                "server-only type", new String[] {"{\"type\":\"hello\",\"seq\":1,\"serverTime\":null}", "bad_frame"});
        frames.put("negative since", new String[] {"{\"type\":\"subscribe\",\"since\":-5}", "bad_frame"});
        frames.put("unknown field", new String[] {"{\"type\":\"ping\",\"" + "k".repeat(10_000) + "\":1}", "bad_frame"});
        frames.put("negative pendingOffline", new String[] {
            "{\"type\":\"station\",\"station\":\"IN1\",\"app\":\"ParkingIN\",\"pendingOffline\":-1}", "bad_frame"
        });
        frames.put("heartbeat for another station", new String[] {
            "{\"type\":\"station\",\"station\":\"OUT9\",\"app\":\"ParkingIN\",\"pendingOffline\":0}", "wrong_station"
        });
        frames.forEach((name, frame) ->
                add(category, name, t -> WsProbe.send(t.port(), t.operatorToken(), frame[0]), Answer.FRAME, frame[1]));
        add(
                category,
                "heartbeat from a login without a station",
                t -> WsProbe.send(
                        t.port(),
                        t.noStationToken(),
                        "{\"type\":\"station\",\"station\":\"IN1\",\"app\":\"ParkingIN\",\"pendingOffline\":0}"),
                Answer.FRAME,
                "wrong_station");
        add(
                category,
                "500 fake stations on one socket",
                t -> WsProbe.send(t.port(), t.operatorToken(), fakeStations(500)),
                Answer.FRAME,
                "wrong_station");
        add(
                category,
                "frame over 64 KB",
                t -> WsProbe.send(
                        t.port(), t.operatorToken(), "{\"type\":\"ping\",\"x\":\"" + "p".repeat(70_000) + "\"}"),
                1009,
                null);
        HOSTILE_TEXT.forEach((name, value) -> {
            if (value.length() < 60_000) {
                add(
                        category,
                        "heartbeat station: " + name,
                        t -> WsProbe.send(t.port(), t.noStationToken(), station(value, "ParkingIN")),
                        Answer.FRAME,
                        "invalid_station");
                add(
                        category,
                        "heartbeat app: " + name,
                        t -> WsProbe.send(t.port(), t.operatorToken(), station(Target.STATION, value)),
                        Answer.FRAME,
                        "invalid_app");
            }
        });
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void add(String category, String name, HostileCase.Action action, int status, String error) {
        cases.add(new HostileCase(category, name, action, status, error));
    }

    private void field(String category, String field, String error, BiConsumerAction action) {
        HOSTILE_TEXT.forEach(
                (name, value) -> add(category, field + ": " + name, t -> action.run(t, value), 400, error));
    }

    private void query(String category, String parameter, String error, Function<String, String> path) {
        HOSTILE_TEXT.forEach((name, value) -> {
            boolean huge = value.length() > 10_000;
            add(
                    category,
                    parameter + ": " + name,
                    t -> get(t, path.apply(URLEncoder.encode(value, StandardCharsets.UTF_8)), t.adminToken()),
                    huge ? 414 : 400,
                    // Jetty itself refuses a NUL (%00) in a path segment, before any route.
                    huge
                            ? "uri_too_long"
                            : parameter.contains("{") && value.contains("\u0000") ? "bad_request" : error);
        });
    }

    interface BiConsumerAction {
        Answer run(Target target, String value) throws Exception;
    }

    static String now() {
        return Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String entry(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", UUID.randomUUID().toString());
        node.put("plate", "B 1234 XYZ");
        node.put("vehicleType", "MOBIL");
        node.put("gate", "IN1");
        node.put("entryTime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        node.put("offline", false);
        change.accept(node);
        return node.toString();
    }

    static String exit(Target t, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", UUID.randomUUID().toString());
        node.put("entryId", UUID.randomUUID().toString());
        node.put("gate", "OUT1");
        node.put("exitTime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        node.put("fee", 0);
        node.put("paid", 0);
        node.put("paymentMethod", "CASH");
        node.put("lostTicket", false);
        node.put("offline", false);
        change.accept(node);
        return node.toString();
    }

    static String login(String username, String password, String station) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("username", username);
        node.put("password", password);
        if (station != null) {
            node.put("station", station);
        }
        return node.toString();
    }

    static String user(String username, String fullName) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("username", username);
        node.put("password", "Quite-Strong-Pass-77");
        node.put("role", "OPERATOR");
        node.put("fullName", fullName);
        return node.toString();
    }

    static String station(String code, String app) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("type", "station");
        node.put("station", code);
        node.put("app", app);
        node.put("pendingOffline", 0);
        return node.toString();
    }

    private static String[] fakeStations(int count) {
        String[] frames = new String[count];
        for (int i = 0; i < count; i++) {
            frames[i] = station("FAKE-" + i, "ParkingIN");
        }
        return frames;
    }

    static String quote(String value) {
        return Json.mapper().getNodeFactory().textNode(value).toString();
    }

    private static Answer tariff(
            Target t, String from, String first, String next, String cap, String lost, String grace) throws Exception {
        StringBuilder rates = new StringBuilder();
        for (String type : List.of("MOTOR", "MOBIL", "TRUK")) {
            rates.append(rates.isEmpty() ? "" : ",")
                    .append('"')
                    .append(type)
                    .append("\":{\"graceSeconds\":")
                    .append(grace)
                    .append(",\"firstHour\":")
                    .append(first)
                    .append(",\"nextHour\":")
                    .append(next)
                    .append(",\"maxPerDay\":")
                    .append(cap)
                    .append(",\"lostTicket\":")
                    .append(lost)
                    .append('}');
        }
        return json(
                t,
                "PUT",
                "/api/v1/tariffs",
                t.adminToken(),
                "{\"effectiveFrom\":\"" + from + "\",\"rates\":{" + rates + "}}");
    }

    private static Answer tariff(Target t, String token, String from) throws Exception {
        String rate = "{\"graceSeconds\":600,\"firstHour\":5000,\"nextHour\":3000,\"maxPerDay\":40000,"
                + "\"lostTicket\":50000}";
        return json(
                t,
                "PUT",
                "/api/v1/tariffs",
                token,
                "{\"effectiveFrom\":\"" + from + "\",\"rates\":{\"MOTOR\":" + rate + ",\"MOBIL\":" + rate + ",\"TRUK\":"
                        + rate + "}}");
    }

    static Answer json(Target t, String method, String path, String token, String body) {
        return send(t, method, path, token, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    static Answer send(Target t, String method, String path, String token, String contentType, byte[] body) {
        return send(
                t.api()
                        .builder(path, token)
                        .header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body)),
                t);
    }

    static Answer get(Target t, String path, String token) {
        return send(t.api().builder(path, token).GET(), t);
    }

    static Answer photo(Target t, String recordId, String contentType, byte[] body) {
        return send(t, "PUT", "/api/v1/photos/" + recordId + "?kind=IN", t.operatorToken(), contentType, body);
    }

    static Answer send(HttpRequest.Builder request, Target t) {
        HttpResponse<String> response = t.api().send(request);
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
