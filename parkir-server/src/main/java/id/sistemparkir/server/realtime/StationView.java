package id.sistemparkir.server.realtime;

import java.time.Instant;

/**
 * A lane or admin station as last seen over the realtime channel: one element of {@code GET /api/v1/stations}.
 *
 * @param code the station code the client sends in its {@code station} heartbeat
 * @param app e.g. {@code ParkingIN}; may be absent
 * @param lastSeen the last heartbeat (or the disconnect), server time
 * @param pendingOffline records waiting in the station's offline store, as the station last said
 * @param connected whether a WebSocket of that station is open now
 * @param operator the user logged in on that socket
 * @param needsAttention records refused by the server waiting at the station, when the station says
 */
public record StationView(
        String code,
        String app,
        Instant lastSeen,
        int pendingOffline,
        boolean connected,
        String operator,
        Integer needsAttention) {

    StationView disconnectedAt(Instant at) {
        return new StationView(code, app, at, pendingOffline, false, operator, needsAttention);
    }
}
