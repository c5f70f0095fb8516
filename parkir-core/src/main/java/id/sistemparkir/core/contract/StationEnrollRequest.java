package id.sistemparkir.core.contract;

/**
 * {@code POST /api/v1/ticket-stations} (ADMIN): enrolls a station with the public key it made for itself. An entry
 * station ({@code IN}) needs its key; an exit station ({@code OUT}) signs nothing and gives none.
 */
public record StationEnrollRequest(String code, String name, String direction, String gate, String publicKey) {}
