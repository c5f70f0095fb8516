package id.sistemparkir.client.offline;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** Offline records for tests of the store and the sync. */
public final class TestRecords {

    /** 08:00 in Jakarta. */
    public static final Instant T0 = Instant.parse("2026-11-25T01:00:00Z");

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** A lane's signer; only for ticket codes that tests read without verifying. */
    public static final TicketSigner SIGNER = TicketSigner.generate();

    private TestRecords() {}

    public static OfflineRecord entry(Instant at) {
        return entry(UUID.randomUUID(), at);
    }

    public static OfflineRecord entry(UUID id, Instant at) {
        return OfflineRecord.of(new EntryRequest(id, null, "B 1234 XYZ", VehicleType.MOBIL, "IN1", at, true, false));
    }

    /** An exit that names its entry by {@code entryId}. */
    public static OfflineRecord exitOf(UUID entryId, Instant at) {
        return OfflineRecord.of(new ExitRequest(
                UUID.randomUUID(), null, entryId, "B1234XYZ", "OUT1", at, 5000, 5000, "CASH", false, true));
    }

    /** An exit that names its entry only through the ticket code. */
    public static OfflineRecord exitByTicket(UUID entryId, Instant entryTime, Instant at) {
        String code = SIGNER.sign(new TicketData(entryId, "IN1", VehicleType.MOBIL, entryTime));
        return OfflineRecord.of(
                new ExitRequest(UUID.randomUUID(), code, null, null, "OUT1", at, 5000, 5000, "CASH", false, true));
    }
}
