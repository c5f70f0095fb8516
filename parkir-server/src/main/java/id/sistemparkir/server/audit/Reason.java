package id.sistemparkir.server.audit;

import id.sistemparkir.server.http.ApiException;

/** The reason a person gives for a back-office correction (void, close, resolve): required, audited. */
public final class Reason {

    public static final int MAX_LENGTH = 255;

    private Reason() {}

    /** The trimmed reason; 400 {@code invalid_reason} when it is missing, blank or too long. */
    public static String require(String reason) {
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.isEmpty()) {
            throw ApiException.badRequest("invalid_reason", "Give a reason (it is kept in the audit log).");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw ApiException.badRequest("invalid_reason", "A reason has at most " + MAX_LENGTH + " characters.");
        }
        return trimmed;
    }
}
