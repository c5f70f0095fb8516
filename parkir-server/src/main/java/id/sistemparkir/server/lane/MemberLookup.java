package id.sistemparkir.server.lane;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Season passes: a valid card for the plate and class at a moment gives its discount (DESIGN §7). */
final class MemberLookup {

    record Membership(UUID id, int discountPercent) {}

    Optional<Membership> validAt(Handle h, String plate, VehicleType type, Instant at) {
        return h.createQuery("SELECT id, discount_percent FROM members WHERE plate = :plate"
                        + " AND vehicle_type = :type AND active = TRUE AND valid_from <= :at AND valid_until >= :at"
                        + " ORDER BY discount_percent DESC LIMIT 1")
                .bind("plate", plate)
                .bind("type", type.name())
                .bind("at", at)
                .map((rs, ctx) ->
                        new Membership(UUID.fromString(rs.getString("id").trim()), rs.getInt("discount_percent")))
                .findOne();
    }
}
