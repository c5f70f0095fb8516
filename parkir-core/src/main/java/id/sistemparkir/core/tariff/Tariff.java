package id.sistemparkir.core.tariff;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One version of the tariff: a rate for every vehicle class, in force from {@code effectiveFrom}.
 *
 * @param version positive; unique within a {@link TariffSchedule}
 * @param effectiveFrom sessions that enter at or after this instant use this version (unless a later
 *     one takes over)
 * @param rates one rate per {@link VehicleType}, all classes present; copied, unmodifiable
 */
public record Tariff(int version, Instant effectiveFrom, Map<VehicleType, TariffRate> rates) {

    /** When the built-in default tariff starts: before any real session. */
    public static final Instant DEFAULT_EFFECTIVE_FROM = Instant.EPOCH;

    private static final Duration DEFAULT_GRACE = Duration.ofMinutes(10);

    public Tariff {
        if (version < 1) {
            throw new IllegalArgumentException("tariff version must be positive: " + version);
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(rates, "rates");
        Set<VehicleType> missing = EnumSet.allOf(VehicleType.class);
        missing.removeAll(rates.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("tariff version " + version + " has no rate for " + missing);
        }
        rates.values().forEach(rate -> Objects.requireNonNull(rate, "rate"));
        // EnumMap rather than Map.copyOf: a stable iteration order keeps JSON and screens in class order.
        rates = Collections.unmodifiableMap(new EnumMap<>(rates));
    }

    public TariffRate rate(VehicleType vehicleType) {
        return rates.get(Objects.requireNonNull(vehicleType, "vehicleType"));
    }

    /** Version 1 with the default table of DESIGN §7. */
    public static Tariff defaults(Instant effectiveFrom) {
        Map<VehicleType, TariffRate> rates = new EnumMap<>(VehicleType.class);
        rates.put(VehicleType.MOTOR, new TariffRate(DEFAULT_GRACE, 2_000, 1_000, 10_000, 20_000));
        rates.put(VehicleType.MOBIL, new TariffRate(DEFAULT_GRACE, 5_000, 3_000, 40_000, 50_000));
        rates.put(VehicleType.TRUK, new TariffRate(DEFAULT_GRACE, 10_000, 5_000, 80_000, 100_000));
        return new Tariff(1, effectiveFrom, rates);
    }

    /** {@link #defaults(Instant)} from {@link #DEFAULT_EFFECTIVE_FROM}. */
    public static Tariff defaults() {
        return defaults(DEFAULT_EFFECTIVE_FROM);
    }
}
