package id.sistemparkir.client.lane;

import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.core.ticket.ShortCode;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the operator sees after an entry (and what {@code parkir entry --json} prints). {@code offline} is true when
 * the entry was stored locally and will be synchronised later; the ticket was printed either way. {@code warnings} are
 * for the operator (worded by the front end's bundles); {@code shortCode} is the code printed under the QR.
 */
public record EntryOutcome(
        UUID id,
        String ticketCode,
        String plate,
        String plateDisplay,
        VehicleType vehicleType,
        String gate,
        Instant entryTime,
        boolean offline,
        boolean duplicate,
        boolean suspectedDuplicate,
        List<Message> warnings,
        String shortCode) {

    /** With the short code derived from the id (decision 0016). */
    public EntryOutcome(
            UUID id,
            String ticketCode,
            String plate,
            String plateDisplay,
            VehicleType vehicleType,
            String gate,
            Instant entryTime,
            boolean offline,
            boolean duplicate,
            boolean suspectedDuplicate,
            List<Message> warnings) {
        this(
                id,
                ticketCode,
                plate,
                plateDisplay,
                vehicleType,
                gate,
                entryTime,
                offline,
                duplicate,
                suspectedDuplicate,
                warnings,
                ShortCode.of(id));
    }
}
