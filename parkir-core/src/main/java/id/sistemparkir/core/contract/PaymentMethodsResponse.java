package id.sistemparkir.core.contract;

import java.util.List;

/** {@code GET /api/v1/payment-methods}: the methods a lane may record, built-in ones first. */
public record PaymentMethodsResponse(List<String> methods) {

    public PaymentMethodsResponse {
        methods = methods == null ? List.of() : List.copyOf(methods);
    }
}
