package id.sistemparkir.client.lane;

import id.sistemparkir.core.contract.FeeLineDto;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A vehicle found at the exit and its fee. {@code source} says where it was found: {@code server}, {@code cache} (seen
 * earlier, server unreachable) or {@code ticket} (priced from the signed ticket alone).
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
        String source) {

    public boolean pricedOffline() {
        return !"server".equals(source);
    }
}
