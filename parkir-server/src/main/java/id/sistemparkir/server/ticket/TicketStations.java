package id.sistemparkir.server.ticket;

import id.sistemparkir.core.contract.EnrolledStationView;
import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.core.contract.StationEnrollRequest;
import id.sistemparkir.core.contract.StationKeyRequest;
import id.sistemparkir.core.contract.StationRevokeRequest;
import id.sistemparkir.core.contract.TicketKeyDto;
import id.sistemparkir.core.text.FieldRule;
import id.sistemparkir.core.text.InvalidFieldException;
import id.sistemparkir.core.ticket.Ed25519Keys;
import id.sistemparkir.core.ticket.TicketKeyIds;
import id.sistemparkir.server.audit.AuditLog;
import id.sistemparkir.server.audit.Reason;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.backoffice.BackOfficeEvents;
import id.sistemparkir.server.db.Sql;
import id.sistemparkir.server.db.Times;
import id.sistemparkir.server.http.ApiException;
import java.security.PublicKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Enrollment of stations and their public ticket keys (ADMIN): enroll, rotate, revoke, list. Every change is audited
 * and announced as {@code ticket-keys.updated} in its own transaction, so exit lanes fetch the ring again.
 */
public final class TicketStations {

    private static final String COLUMNS = "code, name, direction, gate, enrolled_at, enrolled_by, revoked_at";

    private final Jdbi jdbi;
    private final TicketKeyRepository keys;
    private final BackOfficeEvents events;
    private final Clock clock;

    public TicketStations(Jdbi jdbi, TicketKeys ticketKeys, BackOfficeEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.keys = ticketKeys.repository();
        this.events = events;
        this.clock = clock;
    }

    public List<EnrolledStationView> list() {
        return jdbi.withHandle(h -> h
                .createQuery("SELECT " + COLUMNS + " FROM enrolled_stations ORDER BY code")
                .map((rs, ctx) -> row(rs))
                .list()
                .stream()
                .map(station -> withKeys(h, station))
                .toList());
    }

    /** @throws ApiException 400 on bad fields, 409 {@code station_exists} or {@code key_exists} */
    public EnrolledStationView enroll(StationEnrollRequest request, AuthUser actor) {
        String code = code(request.code());
        String name = name(request.name());
        String direction = direction(request.direction());
        String gate = gate(request.gate());
        Optional<PublicKey> key =
                "IN".equals(direction) ? Optional.of(publicKey(request.publicKey())) : optionalKey(request.publicKey());
        Instant now = clock.instant();
        EnrolledStationView enrolled = change(
                code,
                () -> jdbi.inTransaction(h -> {
                    if (find(h, code).isPresent()) {
                        throw ApiException.conflict(
                                "station_exists", "A station '" + code + "' is enrolled already.", null);
                    }
                    h.createUpdate("INSERT INTO enrolled_stations (" + COLUMNS + ")"
                                    + " VALUES (:code, :name, :direction, :gate, :at, :by, NULL)")
                            .bind("code", code)
                            .bind("name", name)
                            .bind("direction", direction)
                            .bind("gate", gate)
                            .bind("at", Times.toDb(now))
                            .bind("by", actor.actor())
                            .execute();
                    key.ifPresent(k -> keys.insert(h, dto(code, k, now)));
                    EnrolledStationView after = withKeys(h, find(h, code).orElseThrow());
                    AuditLog.change(h, actor.actor(), "station.enrolled", "station:" + code, null, null, after, now);
                    events.append(h, EventNames.TICKET_KEYS_UPDATED, Map.of("station", code), now);
                    return after;
                }));
        events.committed();
        return enrolled;
    }

    /**
     * A new key for a station; its earlier keys are retired (their tickets stay valid) or stay revoked. Rotating a
     * revoked station puts it back in service with the new key (the replacement PC of a lost one).
     *
     * @throws ApiException 400 on a bad key, 404 {@code unknown_station}, 409 {@code key_exists}
     */
    public EnrolledStationView rotate(String pathCode, StationKeyRequest request, AuthUser actor) {
        String code = code(pathCode);
        PublicKey key = publicKey(request == null ? null : request.publicKey());
        Instant now = clock.instant();
        EnrolledStationView rotated = change(
                code,
                () -> jdbi.inTransaction(h -> {
                    EnrolledStationView before = withKeys(h, existing(h, code));
                    keys.retireCurrent(h, code, now);
                    keys.insert(h, dto(code, key, now));
                    h.createUpdate("UPDATE enrolled_stations SET revoked_at = NULL WHERE code = :code")
                            .bind("code", code)
                            .execute();
                    EnrolledStationView after = withKeys(h, existing(h, code));
                    AuditLog.change(
                            h, actor.actor(), "station.key-rotated", "station:" + code, null, before, after, now);
                    events.append(h, EventNames.TICKET_KEYS_UPDATED, Map.of("station", code), now);
                    return after;
                }));
        events.committed();
        return rotated;
    }

    /**
     * Tickets the station's keys signed with an entry time from {@code revokedAt} on are refused, online and offline.
     *
     * @throws ApiException 400 on a missing reason or a time in the future, 404 {@code unknown_station}
     */
    public EnrolledStationView revoke(String pathCode, StationRevokeRequest request, AuthUser actor) {
        String code = code(pathCode);
        String reason = Reason.require(request == null ? null : request.reason());
        Instant now = clock.instant();
        Instant revokedAt = request.revokedAt() == null ? now : request.revokedAt();
        if (revokedAt.isAfter(now)) {
            throw ApiException.badRequest("invalid_time", "revokedAt " + revokedAt + " is in the future.");
        }
        EnrolledStationView revoked = jdbi.inTransaction(h -> {
            EnrolledStationView before = withKeys(h, existing(h, code));
            keys.revokeAll(h, code, revokedAt);
            h.createUpdate("UPDATE enrolled_stations SET revoked_at = :at WHERE code = :code")
                    .bind("code", code)
                    .bind("at", Times.toDb(revokedAt))
                    .execute();
            EnrolledStationView after = withKeys(h, existing(h, code));
            AuditLog.change(h, actor.actor(), "station.revoked", "station:" + code, reason, before, after, now);
            events.append(h, EventNames.TICKET_KEYS_UPDATED, Map.of("station", code), now);
            return after;
        });
        events.committed();
        return revoked;
    }

    /** A unique violation (the same public key, or a key id taken) as a 409 with nothing stored. */
    private static EnrolledStationView change(String code, java.util.function.Supplier<EnrolledStationView> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw ApiException.conflict(
                        "key_exists",
                        "This public key (or its key id) is enrolled already; station " + code
                                + " needs a key of its own.",
                        null);
            }
            throw e;
        }
    }

    private EnrolledStationView withKeys(Handle h, EnrolledStationView station) {
        return new EnrolledStationView(
                station.code(),
                station.name(),
                station.direction(),
                station.gate(),
                station.enrolledAt(),
                station.enrolledBy(),
                station.revokedAt(),
                keys.ofStation(h, station.code()));
    }

    private static Optional<EnrolledStationView> find(Handle h, String code) {
        return h.createQuery("SELECT " + COLUMNS + " FROM enrolled_stations WHERE code = :code")
                .bind("code", code)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    private static EnrolledStationView existing(Handle h, String code) {
        return find(h, code)
                .orElseThrow(() -> ApiException.notFound("unknown_station", "No enrolled station '" + code + "'."));
    }

    private static EnrolledStationView row(ResultSet rs) throws SQLException {
        LocalDateTime revoked = rs.getObject("revoked_at", LocalDateTime.class);
        return new EnrolledStationView(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("direction"),
                rs.getString("gate"),
                Times.fromDb(rs.getObject("enrolled_at", LocalDateTime.class)),
                rs.getString("enrolled_by"),
                revoked == null ? null : Times.fromDb(revoked),
                List.of());
    }

    private static TicketKeyDto dto(String station, PublicKey key, Instant at) {
        return new TicketKeyDto(TicketKeyIds.of(key), station, Ed25519Keys.encodePublic(key), at, null, null);
    }

    private static String code(String raw) {
        String code = field(FieldRule.STATION, raw, "code");
        if (code.toUpperCase(Locale.ROOT).equals(TicketKeyDto.SERVER)) {
            throw ApiException.badRequest("invalid_station", "'" + TicketKeyDto.SERVER + "' is the server's own name.");
        }
        return code;
    }

    private static String gate(String raw) {
        return field(FieldRule.GATE, raw, "gate");
    }

    private static String field(FieldRule rule, String raw, String name) {
        try {
            return rule.require(raw, name);
        } catch (InvalidFieldException e) {
            throw ApiException.badRequest(e.rule().errorCode(), e.getMessage());
        }
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

    private static Optional<PublicKey> optionalKey(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(publicKey(raw));
    }

    private static PublicKey publicKey(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.badRequest("invalid_key", "publicKey is required: the key the station printed.");
        }
        if (raw.length() > 128) {
            throw ApiException.badRequest("invalid_key", "publicKey is too long for an Ed25519 public key.");
        }
        try {
            return Ed25519Keys.decodePublic(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_key", "publicKey is not an Ed25519 public key (base64).");
        }
    }
}
