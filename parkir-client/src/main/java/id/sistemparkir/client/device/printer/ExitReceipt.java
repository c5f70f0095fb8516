package id.sistemparkir.client.device.printer;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an exit receipt shows.
 *
 * @param siteName the parking site, printed at the top
 * @param ticketCode the ticket code (or, for a lost ticket, the entry id); not blank
 * @param plateDisplay the plate as displayed, e.g. {@code B 1234 XYZ}
 * @param vehicleType the vehicle class
 * @param entryTime the entry time
 * @param exitTime the exit time
 * @param fee the fee in whole rupiah, at least 0
 * @param paid the amount paid in whole rupiah, at least 0
 * @param paymentMethod e.g. {@code CASH}
 * @param feeLines the fee breakdown, one printed line each (copied)
 * @param offline true when the exit was stored locally, not yet on the Server (prints an OFFLINE marker)
 */
public record ExitReceipt(
        String siteName,
        String ticketCode,
        String plateDisplay,
        VehicleType vehicleType,
        Instant entryTime,
        Instant exitTime,
        long fee,
        long paid,
        String paymentMethod,
        List<String> feeLines,
        boolean offline) {

    public ExitReceipt {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(ticketCode, "ticketCode");
        Objects.requireNonNull(plateDisplay, "plateDisplay");
        Objects.requireNonNull(vehicleType, "vehicleType");
        Objects.requireNonNull(entryTime, "entryTime");
        Objects.requireNonNull(exitTime, "exitTime");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        feeLines = List.copyOf(Objects.requireNonNull(feeLines, "feeLines"));
        if (ticketCode.isBlank()) {
            throw new IllegalArgumentException("ticketCode must not be blank");
        }
        if (fee < 0 || paid < 0) {
            throw new IllegalArgumentException("fee and paid must not be negative: fee=" + fee + ", paid=" + paid);
        }
    }
}
