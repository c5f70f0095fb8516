package id.sistemparkir.core.contract;

import java.util.List;

/** {@code GET /api/v1/ticket-keys}: the public keys an exit lane needs to verify any genuine ticket offline. */
public record TicketKeysResponse(List<TicketKeyDto> keys) {

    public TicketKeysResponse {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }
}
