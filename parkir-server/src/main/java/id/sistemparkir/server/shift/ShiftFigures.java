package id.sistemparkir.server.shift;

import id.sistemparkir.core.contract.ShiftSummary;
import id.sistemparkir.core.contract.ShiftTransaction;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * A shift's transactions and money, derived from {@code parking_sessions}: the exits (and entries) its operator
 * recorded at its station in [openedAt, until]. Derived, never counted up, so an offline record that syncs later is
 * in the figures of the shift it happened in (DESIGN §5a: no relative counters).
 */
final class ShiftFigures {

    static final String CASH = "CASH";

    ShiftSummary summary(Handle h, ShiftRow shift, Instant until) {
        int entries = h.createQuery("SELECT COUNT(*) FROM parking_sessions WHERE entry_operator = :user"
                        + " AND entry_station = :station AND entry_time >= :from AND entry_time <= :until"
                        + " AND status <> 'VOID'")
                .bind("user", shift.username())
                .bind("station", shift.station())
                .bind("from", shift.openedAt())
                .bind("until", until)
                .mapTo(Integer.class)
                .one();
        List<ShiftSummary.PaymentTotal> byMethod = new ArrayList<>();
        int[] lost = new int[1];
        h.createQuery("SELECT payment_method, COUNT(*) AS n, COALESCE(SUM(fee), 0) AS amount,"
                        + " SUM(CASE WHEN lost_ticket THEN 1 ELSE 0 END) AS lost"
                        + " FROM parking_sessions WHERE exit_operator = :user AND exit_station = :station"
                        + " AND exit_time >= :from AND exit_time <= :until AND status = 'EXITED'"
                        + " GROUP BY payment_method ORDER BY payment_method")
                .bind("user", shift.username())
                .bind("station", shift.station())
                .bind("from", shift.openedAt())
                .bind("until", until)
                .map((rs, ctx) -> {
                    lost[0] += rs.getInt("lost");
                    return new ShiftSummary.PaymentTotal(
                            rs.getString("payment_method"), rs.getInt("n"), rs.getLong("amount"));
                })
                .forEach(byMethod::add);
        int exits = byMethod.stream().mapToInt(ShiftSummary.PaymentTotal::count).sum();
        long revenue =
                byMethod.stream().mapToLong(ShiftSummary.PaymentTotal::amount).sum();
        long cash = byMethod.stream()
                .filter(t -> CASH.equals(t.method()))
                .mapToLong(ShiftSummary.PaymentTotal::amount)
                .sum();
        return new ShiftSummary(entries, exits, lost[0], revenue, cash, byMethod);
    }

    List<ShiftTransaction> transactions(Handle h, ShiftRow shift, Instant until, int limit) {
        return h.createQuery("SELECT id, ticket_code, plate_display, vehicle_type, entry_time, exit_time, fee, paid,"
                        + " payment_method, lost_ticket, exit_offline FROM parking_sessions"
                        + " WHERE exit_operator = :user AND exit_station = :station AND exit_time >= :from"
                        + " AND exit_time <= :until AND status = 'EXITED' ORDER BY exit_time DESC, id LIMIT :limit")
                .bind("user", shift.username())
                .bind("station", shift.station())
                .bind("from", shift.openedAt())
                .bind("until", until)
                .bind("limit", limit)
                .map((rs, ctx) -> new ShiftTransaction(
                        UUID.fromString(rs.getString("id").trim()),
                        rs.getString("ticket_code"),
                        rs.getString("plate_display"),
                        VehicleType.valueOf(rs.getString("vehicle_type")),
                        ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "entry_time", ctx),
                        ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "exit_time", ctx),
                        rs.getLong("fee"),
                        rs.getLong("paid"),
                        rs.getString("payment_method"),
                        rs.getBoolean("lost_ticket"),
                        rs.getBoolean("exit_offline")))
                .list();
    }
}
