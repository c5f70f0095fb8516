package id.sistemparkir.server.session;

import id.sistemparkir.core.plate.InvalidPlateException;
import id.sistemparkir.core.plate.Plates;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.http.QueryParams;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The filters of {@code GET /api/v1/sessions}, validated: every one optional.
 *
 * @param from entries at or after (ISO-8601 with offset)
 * @param to entries before
 * @param platePrefix a normalised plate prefix ({@code "b 12"} → {@code B12})
 * @param gate the entry or the exit gate
 * @param operator the user who recorded the entry or the exit
 */
public record SessionFilter(
        Instant from,
        Instant to,
        String platePrefix,
        VehicleType vehicleType,
        String status,
        String gate,
        String operator) {

    private static final Set<String> STATUSES = Set.of(SessionRecord.ACTIVE, SessionRecord.EXITED, SessionRecord.VOID);
    private static final Pattern GATE = Pattern.compile("[A-Z0-9-]{1,32}");
    private static final Pattern OPERATOR = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public static SessionFilter of(Context ctx) {
        Instant from = QueryParams.instant(ctx, "from").orElse(null);
        Instant to = QueryParams.instant(ctx, "to").orElse(null);
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.badRequest("invalid_parameter", "from must be before to");
        }
        String plate =
                QueryParams.optional(ctx, "plate").map(SessionFilter::plate).orElse(null);
        VehicleType type = QueryParams.optional(ctx, "vehicleType")
                .map(SessionFilter::vehicleType)
                .orElse(null);
        String status = QueryParams.optional(ctx, "status")
                .map(s -> s.toUpperCase(Locale.ROOT))
                .orElse(null);
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.badRequest("invalid_parameter", "status must be ACTIVE, EXITED or VOID");
        }
        String gate = QueryParams.optional(ctx, "gate")
                .map(g -> g.toUpperCase(Locale.ROOT))
                .orElse(null);
        if (gate != null && !GATE.matcher(gate).matches()) {
            throw ApiException.badRequest("invalid_parameter", "gate must be letters, digits or '-'");
        }
        String operator = QueryParams.optional(ctx, "operator").orElse(null);
        if (operator != null && !OPERATOR.matcher(operator).matches()) {
            throw ApiException.badRequest("invalid_parameter", "operator is not a username");
        }
        return new SessionFilter(from, to, plate, type, status, gate, operator);
    }

    public static VehicleType vehicleType(String text) {
        try {
            return VehicleType.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_parameter", e.getMessage());
        }
    }

    private static String plate(String text) {
        try {
            return Plates.normalizeForSearch(text);
        } catch (InvalidPlateException e) {
            throw ApiException.badRequest("invalid_plate", e.getMessage());
        }
    }
}
