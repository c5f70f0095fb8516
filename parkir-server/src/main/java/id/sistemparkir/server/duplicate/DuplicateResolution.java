package id.sistemparkir.server.duplicate;

import id.sistemparkir.core.contract.SessionView;
import java.util.UUID;

/** The payload of {@code duplicate.resolved} and the answer of the resolve call. */
public record DuplicateResolution(SessionView voided, UUID keptSessionId, String reason, String resolvedBy) {}
