package id.sistemparkir.server.station;

import java.time.Instant;

/**
 * One element of {@code GET /api/v1/stations}: a lane or admin station, whether it speaks over the realtime channel
 * (a window) or only makes HTTP calls (a command-line lane).
 *
 * @param kind {@code WINDOW} (heartbeats seen) or {@code COMMAND_LINE} (HTTP calls only)
 * @param operator the user on the socket, else the user of the last call
 * @param lastSeen the later of the last heartbeat and the last call
 * @param pendingOffline records waiting in the station's outbox, as its last heartbeat said; absent without heartbeats
 * @param needsAttention records the server refused, waiting for a person; absent when the station does not say
 * @param offline not connected and not seen for the lane-offline setting
 */
public record StationInfo(
        String code,
        String kind,
        String app,
        String operator,
        boolean connected,
        Instant lastHeartbeat,
        Instant lastCall,
        Instant lastSeen,
        Integer pendingOffline,
        Integer needsAttention,
        boolean offline) {}
