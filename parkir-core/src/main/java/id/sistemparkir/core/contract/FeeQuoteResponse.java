package id.sistemparkir.core.contract;

import java.util.List;

/**
 * {@code GET /api/v1/fees/quote} and {@code parkir fee --json} (DESIGN §3, §4): the fee and its breakdown.
 *
 * @param fee whole rupiah
 * @param tariffVersion the version of the tariff the fee was computed with (the one in force at entry)
 */
public record FeeQuoteResponse(long fee, List<FeeLineDto> lines, int tariffVersion) {

    /** Copies the lines (an absent list reads as empty). */
    public FeeQuoteResponse {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
