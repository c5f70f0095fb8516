package id.sistemparkir.server.review;

import id.sistemparkir.server.http.ApiException;
import java.util.Arrays;
import java.util.Locale;

/** What kind of money needs a look; the subject of each is a session id, except for exits kept apart (the exit id). */
public enum ReviewKind {
    /** The lane charged another fee than the tariff says (amount: expected minus charged). */
    FEE_MISMATCH,
    /** Paid less than the fee: the amount could not be collected (amount: fee minus paid). */
    UNDERPAID,
    /** An exit with a lost ticket (amount: the fee). */
    LOST_TICKET,
    /** An exit waiting for an entry the server never saw (amount: the fee the lane charged). */
    PENDING_EXIT,
    /** A second exit of one ticket, kept with its money after the car left (amount: what it was paid). */
    EXIT_CONFLICT,
    /** An exit found by plate whose ticket was neither shown nor declared lost, at the normal fee (amount: the fee). */
    TICKET_NOT_PRESENTED;

    /** Whether the subject is an exit (of a pending exit or an exit conflict), not a session. */
    boolean subjectIsExit() {
        return this == PENDING_EXIT || this == EXIT_CONFLICT;
    }

    public static ReviewKind parse(String text) {
        String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> kind.name().equals(wanted))
                .findFirst()
                .orElseThrow(() ->
                        ApiException.badRequest("invalid_field", "kind must be one of " + Arrays.toString(values())));
    }
}
