package id.sistemparkir.core.contract;

/**
 * The body of every error answer (DESIGN §4).
 *
 * @param error a stable machine code, e.g. {@code bad_request}
 * @param message a human-readable explanation
 */
public record ErrorBody(String error, String message) {}
