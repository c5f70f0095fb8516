package id.sistemparkir.client.lane;

import id.sistemparkir.core.contract.FeeLineDto;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A vehicle found at the exit and its fee. {@code source} says where it was found: {@code server}, {@code cache} (seen
 * earlier, server unreachable) or {@code ticket} (priced from the signed ticket alone). {@code ticketPresented} is false
 * for a vehicle found by plate (lost ticket, or ticket not presented): its exit names the session, not the ticket, so
 * the server lists one without a lost-ticket fee for the back office.
 */
public record ExitQuote(
        UUID sessionId,
        String ticketCode,
        String plate,
        String plateDisplay,
        VehicleType vehicleType,
        Instant entryTime,
        Instant exitTime,
        long fee,
        List<FeeLineDto> lines,
        int tariffVersion,
        boolean lostTicket,
        String source,
        boolean ticketPresented) {

    public ExitQuote(
            UUID sessionId,
            String ticketCode,
            String plate,
            String plateDisplay,
            VehicleType vehicleType,
            Instant entryTime,
            Instant exitTime,
            long fee,
            List<FeeLineDto> lines,
            int tariffVersion,
            boolean lostTicket,
            String source) {
        this(
                sessionId,
                ticketCode,
                plate,
                plateDisplay,
                vehicleType,
                entryTime,
                exitTime,
                fee,
                lines,
                tariffVersion,
                lostTicket,
                source,
                true);
    }

    /** The same quote for a vehicle found by plate, whose ticket the driver did not show. */
    public ExitQuote withoutTicket() {
        return new ExitQuote(
                sessionId,
                ticketCode,
                plate,
                plateDisplay,
                vehicleType,
                entryTime,
                exitTime,
                fee,
                lines,
                tariffVersion,
                lostTicket,
                source,
                false);
    }

    public boolean pricedOffline() {
        return !"server".equals(source);
    }
}
