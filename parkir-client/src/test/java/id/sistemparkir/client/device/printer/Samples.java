package id.sistemparkir.client.device.printer;

import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A signed ticket and its receipt, shared by the printer tests. */
final class Samples {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** 08:00 in Jakarta. */
    static final Instant ENTRY = Instant.parse("2026-11-25T01:00:00Z");
    /** 10:30 in Jakarta. */
    static final Instant EXIT = Instant.parse("2026-11-25T03:30:00Z");

    static final UUID ID = UUID.fromString("4f3a9c21-0000-4000-8000-000000000001");
    static final String CODE = TicketSigner.generate().sign(new TicketData(ID, "IN1", VehicleType.MOBIL, ENTRY));

    private Samples() {}

    static EntryTicket ticket(boolean offline) {
        return new EntryTicket("Mal Kota Kasablanka", CODE, "B 1234 XYZ", VehicleType.MOBIL, "IN1", ENTRY, offline);
    }

    static ExitReceipt receipt(long fee, long paid, boolean offline) {
        return new ExitReceipt(
                "Mal Kota Kasablanka",
                CODE,
                "B 1234 XYZ",
                VehicleType.MOBIL,
                ENTRY,
                EXIT,
                fee,
                paid,
                "CASH",
                List.of("Jam pertama Rp 5.000", "2 jam berikutnya x Rp 3.000"),
                offline);
    }
}
