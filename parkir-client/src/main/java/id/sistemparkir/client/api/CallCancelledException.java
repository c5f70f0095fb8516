package id.sistemparkir.client.api;

/**
 * A server call was cancelled while it waited (its thread was interrupted, e.g. the operator pressed Esc on a slow
 * ticket lookup): the exchange is abandoned and nothing is classified, so a lookup cancelled by a person never turns
 * into "server unavailable" and offline pricing. The thread's interrupt flag stays set.
 *
 * <p>Only lookups are meant to be cancelled. A call that makes a record (an entry, an exit) is never cancelled by the
 * desktop: the record id was made once and the lane must finish what it started (online or offline).
 */
public final class CallCancelledException extends RuntimeException {

    public CallCancelledException(String what) {
        super(what + " cancelled");
    }
}
