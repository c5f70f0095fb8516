package id.sistemparkir.client.lane;

import id.sistemparkir.client.i18n.Message;
import java.util.Objects;

/**
 * The lane cannot serve this request as given (invalid plate, forged ticket, vehicle not found, not enough paid): the
 * operator has to correct something. Never thrown for a dead server or database — those complete offline.
 *
 * <p>{@link #code()} is the machine code (the server's error code when the server refused); {@link #text()} is what to
 * tell the operator, worded by a front end's bundles; {@link #getMessage()} is an English line for logs.
 */
public class LaneRejection extends RuntimeException {

    private final String code;
    private final transient Message text;

    public LaneRejection(String code, Message text) {
        super(code + ": " + Objects.requireNonNull(text, "text").key() + " " + text.args());
        this.code = Objects.requireNonNull(code, "code");
        this.text = text;
    }

    public String code() {
        return code;
    }

    public Message text() {
        return text;
    }
}
