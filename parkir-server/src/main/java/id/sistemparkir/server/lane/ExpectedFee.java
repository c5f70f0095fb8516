package id.sistemparkir.server.lane;

import id.sistemparkir.core.tariff.FeeCalculator;
import id.sistemparkir.core.tariff.FeeQuote;
import id.sistemparkir.core.tariff.FeeRequest;
import id.sistemparkir.server.tariff.TariffRepository;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** What a session should pay under the tariff in force at its entry, membership included. */
final class ExpectedFee {

    record Priced(FeeQuote quote, Optional<MemberLookup.Membership> membership) {}

    private final TariffRepository tariffs;
    private final MemberLookup members;

    ExpectedFee(TariffRepository tariffs, MemberLookup members) {
        this.tariffs = tariffs;
        this.members = members;
    }

    Priced price(Handle h, SessionRow session, Instant exitTime, boolean lostTicket) {
        Optional<MemberLookup.Membership> membership =
                members.validAt(h, session.plate(), session.vehicleType(), exitTime);
        Instant effectiveExit = exitTime.isBefore(session.entryTime()) ? session.entryTime() : exitTime;
        FeeQuote quote = FeeCalculator.quote(
                tariffs.schedule(h),
                new FeeRequest(
                        session.vehicleType(),
                        session.entryTime(),
                        effectiveExit,
                        lostTicket,
                        membership.map(MemberLookup.Membership::discountPercent).orElse(0)));
        return new Priced(quote, membership);
    }
}
