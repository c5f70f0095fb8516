package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.UUID;

/** Request builders for lane tests. */
final class LaneRequests {

    private LaneRequests() {}

    static EntryRequest entry(String plate, VehicleType type, Instant at) {
        return new EntryRequest(UUID.randomUUID(), null, plate, type, "IN1", at, false, false);
    }

    static EntryRequest entryWithTicket(UUID id, String ticketCode, String plate, VehicleType type, Instant at) {
        return new EntryRequest(id, ticketCode, plate, type, "IN1", at, true, false);
    }

    static ExitRequest exitByTicket(String ticketCode, Instant at, long fee) {
        return new ExitRequest(UUID.randomUUID(), ticketCode, null, null, "OUT1", at, fee, fee, "CASH", false, false);
    }

    static ExitRequest exitByEntryId(UUID entryId, Instant at, long fee, boolean lostTicket) {
        return new ExitRequest(UUID.randomUUID(), null, entryId, null, "OUT1", at, fee, fee, "CASH", lostTicket, false);
    }
}
