package id.sistemparkir.server.gate;

import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.server.audit.AuditLog;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.backoffice.BackOfficeEvents;
import id.sistemparkir.server.db.Sql;
import id.sistemparkir.server.http.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Gates: list, create, change (ADMIN); each change audited with before/after and announced as gate.updated. */
public final class GateService {

    /** The same shape lanes may send (server.lane.LaneInput). */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,16}");

    private final Jdbi jdbi;
    private final BackOfficeEvents events;
    private final Clock clock;

    public GateService(Jdbi jdbi, BackOfficeEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
    }

    public List<Gate> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name, direction, active FROM gates ORDER BY code")
                .map((rs, ctx) -> new Gate(
                        rs.getString("code"), rs.getString("name"), rs.getString("direction"), rs.getBoolean("active")))
                .list());
    }

    /** @throws ApiException 400 on bad fields, 409 {@code gate_exists} */
    public Gate create(GateRequest request, AuthUser actor) {
        String code = code(request.code());
        Gate gate = new Gate(
                code,
                name(request.name()),
                direction(request.direction()),
                request.active() == null || request.active());
        Instant now = clock.instant();
        try {
            jdbi.useTransaction(h -> {
                if (find(h, code).isPresent()) {
                    throw exists(code);
                }
                h.createUpdate("INSERT INTO gates (code, name, direction, active) VALUES (:code, :name, :dir, :active)")
                        .bind("code", gate.code())
                        .bind("name", gate.name())
                        .bind("dir", gate.direction())
                        .bind("active", gate.active())
                        .execute();
                AuditLog.change(h, actor.actor(), "gate.created", "gate:" + code, null, null, gate, now);
                events.append(h, EventNames.GATE_UPDATED, gate, now);
            });
        } catch (RuntimeException e) {
            throw Sql.isUniqueViolation(e) ? exists(code) : e;
        }
        events.committed();
        return gate;
    }

    /** @throws ApiException 400 on bad fields, 404 {@code unknown_gate} */
    public Gate update(String pathCode, GateRequest request, AuthUser actor) {
        String code = code(pathCode);
        if (request.code() != null && !code(request.code()).equals(code)) {
            throw ApiException.badRequest("invalid_field", "A gate's code cannot change; create a new gate.");
        }
        String name = request.name() == null ? null : name(request.name());
        String direction = request.direction() == null ? null : direction(request.direction());
        Instant now = clock.instant();
        Gate after = jdbi.inTransaction(h -> {
            Gate before =
                    find(h, code).orElseThrow(() -> ApiException.notFound("unknown_gate", "No gate '" + code + "'."));
            Gate changed = new Gate(
                    code,
                    name == null ? before.name() : name,
                    direction == null ? before.direction() : direction,
                    request.active() == null ? before.active() : request.active());
            h.createUpdate("UPDATE gates SET name = :name, direction = :dir, active = :active WHERE code = :code")
                    .bind("code", code)
                    .bind("name", changed.name())
                    .bind("dir", changed.direction())
                    .bind("active", changed.active())
                    .execute();
            AuditLog.change(h, actor.actor(), "gate.updated", "gate:" + code, null, before, changed, now);
            events.append(h, EventNames.GATE_UPDATED, changed, now);
            return changed;
        });
        events.committed();
        return after;
    }

    private static Optional<Gate> find(Handle h, String code) {
        return h.createQuery("SELECT code, name, direction, active FROM gates WHERE code = :code")
                .bind("code", code)
                .map((rs, ctx) -> new Gate(
                        rs.getString("code"), rs.getString("name"), rs.getString("direction"), rs.getBoolean("active")))
                .findOne();
    }

    private static String code(String raw) {
        String code = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw ApiException.badRequest(
                    "invalid_gate", "code must be 1-16 letters, digits or '-', was '" + raw + "'");
        }
        return code;
    }

    private static String name(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty() || name.length() > 128) {
            throw ApiException.badRequest("invalid_field", "name is required, at most 128 characters");
        }
        return name;
    }

    private static String direction(String raw) {
        String direction = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (!direction.equals("IN") && !direction.equals("OUT")) {
            throw ApiException.badRequest("invalid_field", "direction must be IN or OUT");
        }
        return direction;
    }

    private static ApiException exists(String code) {
        return ApiException.conflict("gate_exists", "A gate '" + code + "' exists already.", null);
    }
}
