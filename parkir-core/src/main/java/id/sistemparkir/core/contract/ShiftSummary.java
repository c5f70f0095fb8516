package id.sistemparkir.core.contract;

import java.util.List;

/**
 * What a shift took: the vehicles its operator let in and out at its station between opening and closing, and the money
 * per payment method. The cash expected in the drawer is the sum of the fees paid in cash (change was given back).
 *
 * @param entries vehicles let in
 * @param exits vehicles let out
 * @param lostTickets exits with a lost ticket
 * @param revenue the fees of every exit, whatever the method
 * @param cashExpected the fees paid in cash
 * @param byMethod per payment method, e.g. CASH, QRIS, UNABLE_TO_COLLECT (sorted by method)
 */
public record ShiftSummary(
        int entries, int exits, int lostTickets, long revenue, long cashExpected, List<PaymentTotal> byMethod) {

    public ShiftSummary {
        byMethod = List.copyOf(byMethod);
    }

    /** One payment method's share: how many exits, their fees. */
    public record PaymentTotal(String method, int count, long amount) {}
}
