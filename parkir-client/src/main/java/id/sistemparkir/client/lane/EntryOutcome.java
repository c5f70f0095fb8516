package id.sistemparkir.client.lane;

import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the operator sees after an entry (and what {@code parkir entry --json} prints). {@code offline} is true when
 * the entry was stored locally and will be synchronised later; the ticket was printed either way. {@code warnings} are
 * for the operator (worded by the front end's bundles).
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
        List<Message> warnings) {}
