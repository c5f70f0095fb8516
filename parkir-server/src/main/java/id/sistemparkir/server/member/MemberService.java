package id.sistemparkir.server.member;

import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.core.plate.InvalidPlateException;
import id.sistemparkir.core.plate.Plate;
import id.sistemparkir.core.plate.Plates;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.audit.AuditLog;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.backoffice.BackOfficeEvents;
import id.sistemparkir.server.db.Sql;
import id.sistemparkir.server.http.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Members (season passes): list, create, change (ADMIN), audited with before/after, announced as member.updated. */
public final class MemberService {

    private static final Pattern CARD = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final String COLUMNS =
            "id, card_number, name, plate, vehicle_type, valid_from, valid_until," + " discount_percent, active";

    private final Jdbi jdbi;
    private final BackOfficeEvents events;
    private final Clock clock;

    public MemberService(Jdbi jdbi, BackOfficeEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
    }

    /** Members, optionally of one plate (normalised) and only the active ones. */
    public List<Member> list(String plate, boolean activeOnly) {
        String normalized = plate == null ? null : plate(plate).normalized();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM members WHERE 1 = 1");
        if (normalized != null) {
            sql.append(" AND plate = :plate");
        }
        if (activeOnly) {
            sql.append(" AND active = TRUE");
        }
        sql.append(" ORDER BY name, id");
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql.toString());
            if (normalized != null) {
                query.bind("plate", normalized);
            }
            return query.map((rs, ctx) -> map(rs, ctx)).list();
        });
    }

    /** @throws ApiException 400 on bad fields, 409 {@code card_exists} */
    public Member create(MemberRequest request, AuthUser actor) {
        Plate plate = plate(required(request.plate(), "plate"));
        Member member = validated(new Member(
                UUID.randomUUID(),
                card(request.cardNumber()),
                name(request.name()),
                plate.normalized(),
                plate.display(),
                required(request.vehicleType(), "vehicleType"),
                required(request.validFrom(), "validFrom"),
                required(request.validUntil(), "validUntil"),
                request.discountPercent() == null ? 100 : request.discountPercent(),
                request.active() == null || request.active()));
        Instant now = clock.instant();
        try {
            jdbi.useTransaction(h -> {
                insert(h, member, now);
                AuditLog.change(h, actor.actor(), "member.created", "member:" + member.id(), null, null, member, now);
                events.append(h, EventNames.MEMBER_UPDATED, member, now);
            });
        } catch (RuntimeException e) {
            throw Sql.isUniqueViolation(e) ? cardTaken(member.cardNumber()) : e;
        }
        events.committed();
        return member;
    }

    /** @throws ApiException 400 on bad fields, 404 {@code unknown_member}, 409 {@code card_exists} */
    public Member update(UUID id, MemberRequest request, AuthUser actor) {
        Optional<Plate> plate = Optional.ofNullable(request.plate()).map(MemberService::plate);
        Optional<String> card = Optional.ofNullable(request.cardNumber()).map(MemberService::card);
        Optional<String> name = Optional.ofNullable(request.name()).map(MemberService::name);
        Instant now = clock.instant();
        try {
            Member after = jdbi.inTransaction(h -> {
                Member before =
                        find(h, id).orElseThrow(() -> ApiException.notFound("unknown_member", "No member " + id));
                Member changed = validated(new Member(
                        id,
                        card.orElse(before.cardNumber()),
                        name.orElse(before.name()),
                        plate.map(Plate::normalized).orElse(before.plate()),
                        plate.map(Plate::display).orElse(before.plateDisplay()),
                        request.vehicleType() == null ? before.vehicleType() : request.vehicleType(),
                        request.validFrom() == null ? before.validFrom() : request.validFrom(),
                        request.validUntil() == null ? before.validUntil() : request.validUntil(),
                        request.discountPercent() == null ? before.discountPercent() : request.discountPercent(),
                        request.active() == null ? before.active() : request.active()));
                h.createUpdate("UPDATE members SET card_number = :card, name = :name, plate = :plate,"
                                + " vehicle_type = :type, valid_from = :from, valid_until = :until,"
                                + " discount_percent = :discount, active = :active, updated_at = :now WHERE id = :id")
                        .bindMethods(new Row(changed, now))
                        .execute();
                AuditLog.change(h, actor.actor(), "member.updated", "member:" + id, null, before, changed, now);
                events.append(h, EventNames.MEMBER_UPDATED, changed, now);
                return changed;
            });
            events.committed();
            return after;
        } catch (RuntimeException e) {
            throw Sql.isUniqueViolation(e) ? cardTaken(card.orElse("")) : e;
        }
    }

    /** The bind values of a members row. */
    public record Row(Member m, Instant now) {
        public UUID id() {
            return m.id();
        }

        public String card() {
            return m.cardNumber();
        }

        public String name() {
            return m.name();
        }

        public String plate() {
            return m.plate();
        }

        public String type() {
            return m.vehicleType().name();
        }

        public Instant from() {
            return m.validFrom();
        }

        public Instant until() {
            return m.validUntil();
        }

        public int discount() {
            return m.discountPercent();
        }

        public boolean active() {
            return m.active();
        }
    }

    private static void insert(Handle h, Member member, Instant now) {
        h.createUpdate("INSERT INTO members (id, card_number, name, plate, vehicle_type, valid_from, valid_until,"
                        + " discount_percent, active, created_at, updated_at) VALUES (:id, :card, :name, :plate,"
                        + " :type, :from, :until, :discount, :active, :now, :now)")
                .bindMethods(new Row(member, now))
                .execute();
    }

    private static Optional<Member> find(Handle h, UUID id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM members WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> map(rs, ctx))
                .findOne();
    }

    private static Member map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        var instants = ctx.findColumnMapperFor(Instant.class).orElseThrow();
        String plate = rs.getString("plate");
        return new Member(
                UUID.fromString(rs.getString("id").trim()),
                rs.getString("card_number"),
                rs.getString("name"),
                plate,
                display(plate),
                VehicleType.valueOf(rs.getString("vehicle_type")),
                instants.map(rs, "valid_from", ctx),
                instants.map(rs, "valid_until", ctx),
                rs.getInt("discount_percent"),
                rs.getBoolean("active"));
    }

    private static String display(String normalized) {
        try {
            return Plates.parse(normalized).display();
        } catch (InvalidPlateException e) {
            return normalized;
        }
    }

    private static Member validated(Member member) {
        if (member.validUntil().isBefore(member.validFrom())) {
            throw ApiException.badRequest("invalid_field", "validUntil must not be before validFrom");
        }
        if (member.discountPercent() < 0 || member.discountPercent() > 100) {
            throw ApiException.badRequest("invalid_field", "discountPercent must be between 0 and 100");
        }
        return member;
    }

    private static Plate plate(String raw) {
        try {
            return Plates.parse(raw);
        } catch (InvalidPlateException e) {
            throw ApiException.badRequest("invalid_plate", e.getMessage());
        }
    }

    private static String card(String raw) {
        String card = raw == null ? "" : raw.trim();
        if (!CARD.matcher(card).matches()) {
            throw ApiException.badRequest("invalid_field", "cardNumber must be 1-64 letters, digits or '-'");
        }
        return card;
    }

    private static String name(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty() || name.length() > 128) {
            throw ApiException.badRequest("invalid_field", "name is required, at most 128 characters");
        }
        return name;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw ApiException.badRequest("invalid_field", field + " is required");
        }
        return value;
    }

    private static ApiException cardTaken(String card) {
        return ApiException.conflict("card_exists", "Card '" + card + "' belongs to another member.", null);
    }
}
