package id.sistemparkir.core.contract;

import id.sistemparkir.core.ticket.ShortCode;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.UUID;

/**
 * A parking session, e.g. {@code GET /api/v1/tickets/{ticketCode}} and {@code GET /api/v1/vehicles/inside}
 * (DESIGN §4). The exit fields are {@code null} (left out of the JSON) while the session is ACTIVE.
 *
 * @param id the entry's id
 * @param status {@code ACTIVE}, {@code EXITED} or {@code VOID}
 * @param exitBeforeEntry the exit lane's time was before the entry time (see {@link ExitResponse#exitBeforeEntry()})
 * @param shortCode the {@link ShortCode} printed under the ticket's QR; derived from {@code id} when not given
 * @param entryPhoto whether the server holds an entry photo ({@code null}: not known, e.g. a lane's own record)
 */
public record SessionView(
        UUID id,
        String ticketCode,
        String plate,
        String plateDisplay,
        VehicleType vehicleType,
        String status,
        String entryGate,
        Instant entryTime,
        String exitGate,
        Instant exitTime,
        Long fee,
        Long paid,
        boolean suspectedDuplicate,
        boolean offlineEntry,
        boolean offlineExit,
        boolean exitBeforeEntry,
        String shortCode,
        Boolean entryPhoto) {

    public SessionView {
        if (shortCode == null && id != null) {
            shortCode = ShortCode.of(id);
        }
    }

    /** Without the short code (derived) and the photo flag (unknown). */
    public SessionView(
            UUID id,
            String ticketCode,
            String plate,
            String plateDisplay,
            VehicleType vehicleType,
            String status,
            String entryGate,
            Instant entryTime,
            String exitGate,
            Instant exitTime,
            Long fee,
            Long paid,
            boolean suspectedDuplicate,
            boolean offlineEntry,
            boolean offlineExit,
            boolean exitBeforeEntry) {
        this(
                id,
                ticketCode,
                plate,
                plateDisplay,
                vehicleType,
                status,
                entryGate,
                entryTime,
                exitGate,
                exitTime,
                fee,
                paid,
                suspectedDuplicate,
                offlineEntry,
                offlineExit,
                exitBeforeEntry,
                null,
                null);
    }

    /** The same with {@code entryPhoto} known. */
    public SessionView withEntryPhoto(boolean photo) {
        return new SessionView(
                id,
                ticketCode,
                plate,
                plateDisplay,
                vehicleType,
                status,
                entryGate,
                entryTime,
                exitGate,
                exitTime,
                fee,
                paid,
                suspectedDuplicate,
                offlineEntry,
                offlineExit,
                exitBeforeEntry,
                shortCode,
                photo);
    }

    /** Without {@code exitBeforeEntry} (false): for what a lane builds from its own record; the flag is the server's. */
    public SessionView(
            UUID id,
            String ticketCode,
            String plate,
            String plateDisplay,
            VehicleType vehicleType,
            String status,
            String entryGate,
            Instant entryTime,
            String exitGate,
            Instant exitTime,
            Long fee,
            Long paid,
            boolean suspectedDuplicate,
            boolean offlineEntry,
            boolean offlineExit) {
        this(
                id,
                ticketCode,
                plate,
                plateDisplay,
                vehicleType,
                status,
                entryGate,
                entryTime,
                exitGate,
                exitTime,
                fee,
                paid,
                suspectedDuplicate,
                offlineEntry,
                offlineExit,
                false);
    }
}
