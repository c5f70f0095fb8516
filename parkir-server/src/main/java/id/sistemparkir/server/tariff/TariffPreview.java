package id.sistemparkir.server.tariff;

import id.sistemparkir.core.contract.TariffRateDto;
import id.sistemparkir.core.tariff.FeeCalculator;
import id.sistemparkir.core.tariff.FeeRequest;
import id.sistemparkir.core.tariff.Tariff;
import id.sistemparkir.core.tariff.TariffRate;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.http.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Fees of typical stays under proposed rates next to the tariff in force now, before an admin saves a new version.
 * Stores nothing.
 */
public final class TariffPreview {

    /** 10 min (free), 11 min (just past grace), 61 min, 2 h 30, 5 h, 13 h (capped), 24 h 1 min (second day). */
    public static final List<Integer> TYPICAL_STAYS = List.of(10, 11, 61, 150, 300, 780, 1441);

    static final int MAX_STAYS = 50;
    static final int MAX_MINUTES = 60 * 24 * 31;

    /** One priced stay; {@code lostTicket} rows price the stay with a lost ticket. */
    public record Row(VehicleType vehicleType, int minutes, boolean lostTicket, long currentFee, long proposedFee) {}

    /** The preview: the version compared against, and a row per class and stay. */
    public record Result(int currentVersion, List<Row> rows) {}

    private final TariffRepository repository;
    private final Clock clock;

    public TariffPreview(TariffRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** @throws ApiException 400 when a class is missing or a stay is out of range */
    public Result preview(TariffPreviewRequest request) {
        Map<VehicleType, TariffRate> rates = new EnumMap<>(VehicleType.class);
        for (VehicleType type : VehicleType.values()) {
            TariffRateDto rate =
                    request.rates() == null ? null : request.rates().get(type);
            if (rate == null) {
                throw ApiException.badRequest("invalid_field", "rates." + type + " is required");
            }
            rates.put(type, rate.toRate());
        }
        List<Integer> stays = request.stayMinutes() == null ? TYPICAL_STAYS : request.stayMinutes();
        if (stays.isEmpty()
                || stays.size() > MAX_STAYS
                || stays.stream().anyMatch(m -> m == null || m < 0 || m > MAX_MINUTES)) {
            throw ApiException.badRequest(
                    "invalid_field", "stayMinutes: 1-" + MAX_STAYS + " stays of 0-" + MAX_MINUTES + " minutes");
        }
        Instant entry = clock.instant();
        Tariff current = repository.schedule().inForceAt(entry);
        Tariff proposed = new Tariff(current.version() + 1, entry, rates);
        List<Row> rows = new ArrayList<>();
        for (VehicleType type : VehicleType.values()) {
            for (int minutes : stays) {
                rows.add(row(current, proposed, type, entry, minutes, false));
            }
            rows.add(row(current, proposed, type, entry, 150, true));
        }
        return new Result(current.version(), rows);
    }

    private static Row row(
            Tariff current, Tariff proposed, VehicleType type, Instant entry, int minutes, boolean lost) {
        FeeRequest stay = new FeeRequest(type, entry, entry.plus(Duration.ofMinutes(minutes)), lost, 0);
        return new Row(
                type,
                minutes,
                lost,
                FeeCalculator.quote(current, stay).fee(),
                FeeCalculator.quote(proposed, stay).fee());
    }
}
