package id.sistemparkir.server.duplicate;

import java.util.UUID;

/** {@code POST /api/v1/duplicates/resolve}: void {@code voidSessionId}, optionally naming the session kept. */
public record ResolveDuplicateRequest(UUID voidSessionId, UUID keepSessionId, String reason) {}
