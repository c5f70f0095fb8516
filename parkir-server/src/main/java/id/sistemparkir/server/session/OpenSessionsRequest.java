package id.sistemparkir.server.session;

import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/v1/open-sessions/close}: close (with a flat {@code fee}) or void the listed ACTIVE sessions.
 *
 * @param action {@code CLOSE} or {@code VOID}
 * @param fee whole rupiah charged and paid per session, required for CLOSE
 */
public record OpenSessionsRequest(List<UUID> sessionIds, String action, Long fee, String reason) {}
