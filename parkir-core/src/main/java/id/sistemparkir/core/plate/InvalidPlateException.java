package id.sistemparkir.core.plate;

/** A plate text that cannot be accepted; the message is a reason an operator can act on (English). */
public final class InvalidPlateException extends IllegalArgumentException {

    public InvalidPlateException(String reason) {
        super(reason);
    }
}
