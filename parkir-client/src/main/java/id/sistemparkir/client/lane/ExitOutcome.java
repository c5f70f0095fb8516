package id.sistemparkir.client.lane;

import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.core.contract.FeeLineDto;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the operator sees after an exit (and what {@code parkir exit --json} prints). */
public record ExitOutcome(
        UUID id,
        UUID entryId,
        String ticketCode,
        String plate,
        String gate,
        Instant exitTime,
        long fee,
        List<FeeLineDto> lines,
        long paid,
        long change,
        String paymentMethod,
        boolean lostTicket,
        boolean offline,
        boolean pendingEntry,
        String source,
        List<Message> warnings) {}
