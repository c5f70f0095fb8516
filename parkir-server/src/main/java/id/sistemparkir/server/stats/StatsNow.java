package id.sistemparkir.server.stats;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/stats/now}: what the dashboard shows at a glance.
 *
 * @param date today in the garage's zone
 * @param occupancy vehicles inside per class against capacity
 * @param today entries, exits and money of today (garage zone), VOID sessions left out
 */
public record StatsNow(Instant time, String timeZone, LocalDate date, List<ClassOccupancy> occupancy, Today today) {

    /**
     * @param capacity spaces set for the class, 0 when unknown
     * @param percent inside × 100 / capacity, rounded down; absent when the capacity is unknown
     */
    public record ClassOccupancy(VehicleType vehicleType, long inside, int capacity, Integer percent) {}

    /**
     * @param revenue the money paid at today's exits
     * @param fees the fees charged at today's exits
     * @param uncollected fees minus payments of today's underpaid exits
     */
    public record Today(long entries, long exits, long revenue, long fees, long uncollected) {}
}
