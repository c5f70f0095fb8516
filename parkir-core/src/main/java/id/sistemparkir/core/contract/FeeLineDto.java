package id.sistemparkir.core.contract;

/**
 * One line of a fee breakdown.
 *
 * @param kind a stable machine code of the line, e.g. {@code FIRST_HOUR}
 * @param amount whole rupiah
 */
public record FeeLineDto(String kind, String description, long amount) {}
