package id.sistemparkir.core.contract;

/** {@code POST /api/v1/ticket-stations/{code}/rotate} (ADMIN): the station's new public key. */
public record StationKeyRequest(String publicKey) {}
