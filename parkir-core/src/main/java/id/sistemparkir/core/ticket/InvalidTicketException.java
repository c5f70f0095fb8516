package id.sistemparkir.core.ticket;

import java.util.Objects;

/** A ticket code that is not genuine: malformed, altered, forged, or of a format this version cannot read. */
public final class InvalidTicketException extends RuntimeException {

    /** Why a code was rejected. */
    public enum Reason {
        /** Not a ticket code at all: empty, truncated, wrong characters or wrong structure. */
        MALFORMED,
        /** Well formed, but the signature does not match: altered, forged, or signed with another key. */
        BAD_SIGNATURE,
        /** A ticket code of a format version this software does not know. */
        UNSUPPORTED_VERSION,
        /** Signed by a key the verifier does not hold: not enrolled, or an operator's own key. */
        UNKNOWN_KEY,
        /** Signed by a revoked station key with an entry time at or after the revocation. */
        REVOKED_KEY,
        /**
         * Format 1 (one shared HMAC key, before issue 8): never verified any more; the server accepts such a code only
         * as the exact ticket code of a session it stored before the upgrade (decision 0015).
         */
        RETIRED_FORMAT
    }

    private final Reason reason;

    public InvalidTicketException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
