package id.sistemparkir.server.session;

import id.sistemparkir.core.contract.FeeLineDto;
import id.sistemparkir.core.contract.FeeQuoteResponse;
import id.sistemparkir.core.tariff.FeeCalculator;
import id.sistemparkir.core.tariff.FeeQuote;
import id.sistemparkir.core.tariff.FeeRequest;
import id.sistemparkir.server.audit.AuditQuery;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.synclog.SyncLogSearch;
import id.sistemparkir.server.tariff.TariffRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Builds {@link SessionDetail}: the row, its fee breakdown, photo references and its trail. */
public final class SessionDetails {

    private final Jdbi jdbi;
    private final TariffRepository tariffs;
    private final SyncLogSearch syncLog;
    private final AuditQuery audit;
    private final Clock clock;

    public SessionDetails(Jdbi jdbi, TariffRepository tariffs, SyncLogSearch syncLog, AuditQuery audit, Clock clock) {
        this.jdbi = jdbi;
        this.tariffs = tariffs;
        this.syncLog = syncLog;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws ApiException 404 {@code unknown_session} */
    public SessionDetail detail(UUID id) {
        return jdbi.withHandle(h -> {
            SessionRecord session = SessionRecords.find(h, id)
                    .orElseThrow(() -> ApiException.notFound("unknown_session", "No parking session " + id));
            List<UUID> records = new ArrayList<>();
            records.add(session.id());
            if (session.exitId() != null) {
                records.add(session.exitId());
            }
            return new SessionDetail(
                    session,
                    breakdown(h, session),
                    photos(h, records),
                    syncLog.about(records),
                    audit.about(SessionDetail.auditTarget(id)));
        });
    }

    private FeeQuoteResponse breakdown(Handle h, SessionRecord session) {
        Instant exit = session.exitTime() != null
                ? session.exitTime()
                : SessionRecord.ACTIVE.equals(session.status()) ? clock.instant() : null;
        if (exit == null) {
            return null;
        }
        Instant effectiveExit = exit.isBefore(session.entryTime()) ? session.entryTime() : exit;
        int discount = session.memberId() == null
                ? 0
                : h.createQuery("SELECT discount_percent FROM members WHERE id = :id")
                        .bind("id", session.memberId())
                        .mapTo(Integer.class)
                        .findOne()
                        .orElse(0);
        FeeQuote quote = FeeCalculator.quote(
                tariffs.schedule(h),
                new FeeRequest(
                        session.vehicleType(), session.entryTime(), effectiveExit, session.lostTicket(), discount));
        return new FeeQuoteResponse(
                quote.fee(),
                quote.lines().stream()
                        .map(l -> new FeeLineDto(l.kind().name(), l.description(), l.amount()))
                        .toList(),
                quote.tariffVersion());
    }

    private static List<SessionDetail.PhotoRef> photos(Handle h, List<UUID> records) {
        return h.createQuery("SELECT record_id, kind, size_bytes, uploaded_at FROM photos WHERE record_id IN (<ids>)"
                        + " ORDER BY uploaded_at")
                .bindList("ids", records.stream().map(UUID::toString).toList())
                .map((rs, ctx) -> {
                    UUID recordId = UUID.fromString(rs.getString("record_id").trim());
                    String kind = rs.getString("kind");
                    return new SessionDetail.PhotoRef(
                            recordId,
                            kind,
                            rs.getInt("size_bytes"),
                            ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "uploaded_at", ctx),
                            "/api/v1/photos/" + recordId + "?kind=" + kind);
                })
                .list();
    }
}
