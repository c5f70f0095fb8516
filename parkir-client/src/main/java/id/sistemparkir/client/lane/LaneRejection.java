package id.sistemparkir.client.lane;

/**
 * The lane cannot serve this request as given (invalid plate, forged ticket, vehicle not found, not enough paid): the
 * operator has to correct something. Never thrown for a dead server or database — those complete offline.
 */
public final class LaneRejection extends RuntimeException {

    private final String code;

    public LaneRejection(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
