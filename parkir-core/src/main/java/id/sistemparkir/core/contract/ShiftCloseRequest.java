package id.sistemparkir.core.contract;

/**
 * {@code POST /api/v1/shifts/{id}/close}: "Tutup Shift".
 *
 * @param cashCounted the cash in the drawer, counted by the operator, whole rupiah
 * @param note optional, e.g. why the cash differs
 */
public record ShiftCloseRequest(Long cashCounted, String note) {

    public ShiftCloseRequest {
        Checks.required(cashCounted, "cashCounted");
        Checks.notNegative(cashCounted, "cashCounted");
    }
}
