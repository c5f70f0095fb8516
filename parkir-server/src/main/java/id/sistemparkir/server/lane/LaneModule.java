package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.TariffUpdateRequest;
import id.sistemparkir.server.ParkirServer;
import id.sistemparkir.server.auth.AuthContext;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.config.Housekeeping;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.http.JsonBody;
import id.sistemparkir.server.http.QueryParams;
import id.sistemparkir.server.realtime.EventLog;
import id.sistemparkir.server.realtime.EventNotifier;
import id.sistemparkir.server.settings.PaymentMethodSettings;
import id.sistemparkir.server.settings.PendingExitLimit;
import id.sistemparkir.server.tariff.TariffRepository;
import id.sistemparkir.server.tariff.TariffService;
import id.sistemparkir.server.ticket.TicketKeys;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Lane work over HTTP: entries, exits, photos, tickets, vehicles inside, fee quotes, tariffs, and for
 * the back office the sync log, pending exits and exit conflicts. Builds its services (the feature's wiring) and keeps handlers thin: parse, call, map.
 */
public final class LaneModule {

    private final EntryService entries;
    private final ExitService exits;
    private final LaneQueries queries;
    private final BackOfficeQueries backOffice;
    private final PendingExitSweep sweep;
    private final LaneRetention retention;
    private final PhotoService photos;
    private final TariffRepository tariffRepository;
    private final TariffService tariffs;
    private final PaymentMethodSettings paymentMethods;
    private final Clock clock;

    public LaneModule(
            Jdbi jdbi,
            EventLog eventLog,
            EventNotifier notifier,
            TicketKeys ticketKeys,
            Housekeeping housekeeping,
            Clock clock) {
        // One limit with the back office: its saved setting, else the server's flag.
        Supplier<Duration> pendingExitLimit = new PendingExitLimit(jdbi, housekeeping.pendingExitAlertAfter());
        SessionRepository sessions = new SessionRepository();
        TariffRepository tariffRepository = new TariffRepository(jdbi, clock);
        ExpectedFee expectedFee = new ExpectedFee(tariffRepository, new MemberLookup());
        LaneEvents events = new LaneEvents(eventLog);
        SyncLog syncLog = new SyncLog(jdbi);
        ExitConflicts conflicts = new ExitConflicts();
        ExitApplier applier = new ExitApplier(sessions, expectedFee, events);
        PendingExits pending = new PendingExits(applier, conflicts, events, syncLog);
        LaneLocks locks = new LaneLocks();
        LaneStore store = new LaneStore(sessions, new RequestIds(), pending, conflicts, locks, events, syncLog);
        new ShortCodeBackfill(sessions, locks).run(jdbi, clock.instant());
        this.entries = new EntryService(jdbi, store, tariffRepository, ticketKeys, notifier, clock);
        this.paymentMethods = new PaymentMethodSettings(jdbi);
        this.exits = new ExitService(
                jdbi,
                store,
                applier,
                new ExitReplays(jdbi, store, notifier),
                ticketKeys,
                paymentMethods,
                notifier,
                clock);
        this.queries = new LaneQueries(jdbi, sessions, expectedFee, ticketKeys);
        this.backOffice = new BackOfficeQueries(jdbi, store, pendingExitLimit, clock);
        this.sweep = new PendingExitSweep(jdbi, store, notifier, pendingExitLimit, clock);
        this.retention = new LaneRetention(jdbi);
        this.photos = new PhotoService(jdbi, clock);
        this.tariffRepository = tariffRepository;
        this.tariffs = new TariffService(jdbi, tariffRepository, eventLog, notifier, clock);
        this.clock = clock;
    }

    /** Joins exits left waiting for an entry the server has, and announces overdue ones; run it periodically. */
    public PendingExitSweep sweep() {
        return sweep;
    }

    /** Deletes old request ids, sync log lines and lock rows. */
    public LaneRetention retention() {
        return retention;
    }

    EntryService entries() {
        return entries;
    }

    ExitService exits() {
        return exits;
    }

    BackOfficeQueries backOffice() {
        return backOffice;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.post("/api/v1/entries", this::postEntry, Role.OPERATOR);
        routes.post("/api/v1/exits", this::postExit, Role.OPERATOR);
        routes.put("/api/v1/photos/{recordId}", this::putPhoto, Role.OPERATOR);
        routes.get("/api/v1/photos/{recordId}", this::getPhoto, Role.OPERATOR);
        routes.get(
                "/api/v1/tickets/{ticketCode}",
                ctx -> ctx.json(queries.ticket(ctx.pathParam("ticketCode"))),
                Role.OPERATOR);
        routes.get("/api/v1/vehicles/inside", this::getInside, Role.OPERATOR);
        routes.get("/api/v1/fees/quote", this::getQuote, Role.OPERATOR);
        routes.get("/api/v1/tariffs", ctx -> ctx.json(tariffs.all()), Role.OPERATOR);
        routes.get(
                "/api/v1/payment-methods", ctx -> ctx.json(Map.of("methods", paymentMethods.current())), Role.OPERATOR);
        routes.put("/api/v1/tariffs", this::putTariff, Role.ADMIN);
        routes.get(
                "/api/v1/pending-exits",
                ctx -> ctx.json(backOffice.pendingExits(
                        QueryParams.bool(ctx, "overdue").orElse(false),
                        QueryParams.integer(ctx, "limit").orElse(200))),
                Role.SUPERVISOR);
        routes.get(
                "/api/v1/exit-conflicts",
                ctx -> ctx.json(backOffice.exitConflicts(
                        QueryParams.instant(ctx, "from").orElse(null),
                        QueryParams.instant(ctx, "to").orElse(null),
                        QueryParams.integer(ctx, "limit").orElse(200))),
                Role.SUPERVISOR);
    }

    /** The tariff versions with their short cache, shared with the back office (one cache, invalidated on publish). */
    public TariffRepository tariffs() {
        return tariffRepository;
    }

    private void postEntry(Context ctx) {
        EntryService.Result result = entries.record(JsonBody.read(ctx, EntryRequest.class), AuthContext.user(ctx));
        ctx.status(result.status()).json(result.body());
    }

    private void postExit(Context ctx) {
        ExitService.Result result = exits.record(JsonBody.read(ctx, ExitRequest.class), AuthContext.user(ctx));
        ctx.status(result.status()).json(result.body());
    }

    private void putPhoto(Context ctx) {
        UUID recordId = LaneInput.uuid(ctx.pathParam("recordId"), "recordId");
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("image/jpeg")) {
            throw ApiException.badRequest("unsupported_content_type", "Send the photo as image/jpeg.");
        }
        String kind = QueryParams.optional(ctx, "kind").orElse("IN").toUpperCase(java.util.Locale.ROOT);
        byte[] jpeg = JsonBody.readBounded(ctx, ParkirServer.MAX_PHOTO_BYTES);
        PhotoService.Outcome outcome = photos.store(recordId, kind, jpeg);
        ctx.status(outcome == PhotoService.Outcome.STORED ? 201 : 200)
                .json(Map.of("recordId", recordId, "duplicate", outcome == PhotoService.Outcome.ALREADY_PRESENT));
    }

    private void getPhoto(Context ctx) {
        UUID recordId = LaneInput.uuid(ctx.pathParam("recordId"), "recordId");
        PhotoService.Photo photo = photos.find(recordId)
                .orElseThrow(() -> ApiException.notFound("unknown_photo", "No photo for record " + recordId));
        ctx.contentType(photo.contentType()).result(photo.content());
    }

    private void getInside(Context ctx) {
        int limit = QueryParams.integer(ctx, "limit").orElse(200);
        Optional<String> shortCode = QueryParams.optional(ctx, "shortCode");
        if (shortCode.isPresent()) {
            ctx.json(queries.insideByShortCode(shortCode.get(), limit));
            return;
        }
        UUID after = QueryParams.optional(ctx, "after")
                .map(id -> LaneInput.uuid(id.trim(), "after"))
                .orElse(null);
        ctx.json(queries.inside(QueryParams.optional(ctx, "plate").orElse(null), limit, after));
    }

    private void getQuote(Context ctx) {
        ctx.json(queries.quote(
                QueryParams.optional(ctx, "ticketCode").orElse(null),
                QueryParams.optional(ctx, "entryId").orElse(null),
                QueryParams.instant(ctx, "exitTime").orElseGet(clock::instant),
                QueryParams.bool(ctx, "lostTicket").orElse(false),
                clock.instant()));
    }

    private void putTariff(Context ctx) {
        ctx.json(tariffs.publish(JsonBody.read(ctx, TariffUpdateRequest.class), AuthContext.user(ctx)));
    }
}
