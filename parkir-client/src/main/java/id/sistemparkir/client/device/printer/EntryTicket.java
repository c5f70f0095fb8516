package id.sistemparkir.client.device.printer;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.Objects;

/**
 * What an entry ticket shows.
 *
 * @param siteName the parking site, printed at the top
 * @param ticketCode the signed ticket code (DESIGN §7), printed as a QR code; not blank
 * @param plateDisplay the plate as displayed, e.g. {@code B 1234 XYZ} ({@code Plate.display()})
 * @param vehicleType the vehicle class
 * @param gate the entry gate code
 * @param entryTime the entry time (printed in the printer's zone)
 * @param offline true when the entry was stored locally, not yet on the Server (prints an OFFLINE marker)
 */
public record EntryTicket(
        String siteName,
        String ticketCode,
        String plateDisplay,
        VehicleType vehicleType,
        String gate,
        Instant entryTime,
        boolean offline) {

    public EntryTicket {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(ticketCode, "ticketCode");
        Objects.requireNonNull(plateDisplay, "plateDisplay");
        Objects.requireNonNull(vehicleType, "vehicleType");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(entryTime, "entryTime");
        if (ticketCode.isBlank()) {
            throw new IllegalArgumentException("ticketCode must not be blank");
        }
    }
}
