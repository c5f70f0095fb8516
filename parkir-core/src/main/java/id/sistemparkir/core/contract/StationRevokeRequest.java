package id.sistemparkir.core.contract;

import java.time.Instant;

/**
 * {@code POST /api/v1/ticket-stations/{code}/revoke} (ADMIN): from {@code revokedAt} (default: now; never in the
 * future) tickets signed by the station's keys are refused. A lost PC found late: give the time it went missing.
 */
public record StationRevokeRequest(Instant revokedAt, String reason) {}
