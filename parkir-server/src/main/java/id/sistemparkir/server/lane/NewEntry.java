package id.sistemparkir.server.lane;

import id.sistemparkir.core.plate.Plate;
import id.sistemparkir.core.ticket.SignedTicket;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.UUID;

/**
 * A validated entry, ready to be stored.
 *
 * @param signer who signed the ticket code (key id, station or SERVER, signature); null without a code
 */
record NewEntry(
        UUID id,
        String ticketCode,
        SignedTicket signer,
        Plate plate,
        VehicleType vehicleType,
        String gate,
        Instant entryTime,
        Instant receivedAt,
        boolean offline,
        String station,
        String operator,
        boolean suspectedDuplicate,
        int tariffVersion,
        boolean shortCodeShared) {

    NewEntry withSuspectedDuplicate(boolean suspected) {
        return new NewEntry(
                id,
                ticketCode,
                signer,
                plate,
                vehicleType,
                gate,
                entryTime,
                receivedAt,
                offline,
                station,
                operator,
                suspected,
                tariffVersion,
                shortCodeShared);
    }

    /** Another ACTIVE session holds this ticket's short code (a collision, decision 0016). */
    NewEntry withShortCodeShared(boolean shared) {
        return new NewEntry(
                id,
                ticketCode,
                signer,
                plate,
                vehicleType,
                gate,
                entryTime,
                receivedAt,
                offline,
                station,
                operator,
                suspectedDuplicate,
                tariffVersion,
                shared);
    }
}
