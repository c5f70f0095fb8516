package id.sistemparkir.client.offline;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.text.FieldRule;
import id.sistemparkir.core.text.InvalidFieldException;
import java.util.Optional;

/**
 * The text fields of an offline file checked with the same rules as the server's (core.text.FieldRule), so a file a
 * person or a program put into {@code offline_data/} is refused on the lane, with a bounded reason, instead of being
 * sent.
 */
final class RecordFields {

    private RecordFields() {}

    /** The first broken rule, or empty when every text field is acceptable. */
    static Optional<String> problem(OfflineRecord record) {
        try {
            if (record.entry() != null) {
                EntryRequest entry = record.entry();
                FieldRule.PLATE.require(entry.plate(), "plate");
                FieldRule.GATE.require(entry.gate(), "gate");
                FieldRule.TICKET_CODE.optional(entry.ticketCode(), "ticketCode");
            } else {
                ExitRequest exit = record.exit();
                FieldRule.PLATE.optional(exit.plate(), "plate");
                FieldRule.GATE.require(exit.gate(), "gate");
                FieldRule.PAYMENT_METHOD.optional(exit.paymentMethod(), "paymentMethod");
                FieldRule.TICKET_CODE.optional(exit.ticketCode(), "ticketCode");
            }
            return Optional.empty();
        } catch (InvalidFieldException e) {
            return Optional.of(e.getMessage());
        }
    }
}
