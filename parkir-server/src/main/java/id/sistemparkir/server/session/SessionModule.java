package id.sistemparkir.server.session;

import id.sistemparkir.server.auth.AuthContext;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.backoffice.BackOfficeEvents;
import id.sistemparkir.server.http.Ids;
import id.sistemparkir.server.http.JsonBody;
import id.sistemparkir.server.http.Paging;
import id.sistemparkir.server.http.QueryParams;
import id.sistemparkir.server.settings.SettingsService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Sessions for the back office (SUPERVISOR and ADMIN):
 *
 * <pre>
 * GET  /api/v1/sessions?from&amp;to&amp;plate&amp;vehicleType&amp;status&amp;gate&amp;operator&amp;page&amp;size  Page of SessionRecord
 * GET  /api/v1/sessions/{id}                 SessionDetail (fee breakdown, photos, sync log, audit)
 * POST /api/v1/sessions/{id}/void            {reason} → the voided SessionRecord
 * GET  /api/v1/open-sessions?olderThanHours  ACTIVE sessions older than N hours (default: the long-stay setting)
 * POST /api/v1/open-sessions/close           {sessionIds, action: CLOSE|VOID, fee?, reason} → Outcome
 * </pre>
 */
public final class SessionModule {

    private final SessionSearch search;
    private final SessionDetails details;
    private final SessionCorrections corrections;
    private final OpenSessions open;
    private final SettingsService settings;

    public SessionModule(
            Jdbi jdbi,
            SessionDetails details,
            SessionCorrections corrections,
            SettingsService settings,
            BackOfficeEvents events,
            Clock clock) {
        this.search = new SessionSearch(jdbi);
        this.details = details;
        this.corrections = corrections;
        this.open = new OpenSessions(jdbi, corrections, events, clock);
        this.settings = settings;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/sessions", this::list, Role.SUPERVISOR);
        routes.get("/api/v1/sessions/{id}", this::detail, Role.SUPERVISOR);
        routes.post("/api/v1/sessions/{id}/void", this::voidOne, Role.SUPERVISOR);
        routes.get("/api/v1/open-sessions", this::listOpen, Role.SUPERVISOR);
        routes.post("/api/v1/open-sessions/close", this::closeOpen, Role.SUPERVISOR);
    }

    private void list(Context ctx) {
        ctx.json(search.search(SessionFilter.of(ctx), Paging.of(ctx)));
    }

    private void detail(Context ctx) {
        ctx.json(details.detail(Ids.uuid(ctx.pathParam("id"), "id")));
    }

    private void voidOne(Context ctx) {
        UUID id = Ids.uuid(ctx.pathParam("id"), "id");
        VoidRequest request = JsonBody.read(ctx, VoidRequest.class);
        ctx.json(corrections.voidSession(id, request.reason(), AuthContext.user(ctx)));
    }

    private void listOpen(Context ctx) {
        int hours = QueryParams.integer(ctx, "olderThanHours")
                .orElseGet(() -> settings.current().longStayHours());
        ctx.json(open.olderThan(hours));
    }

    private void closeOpen(Context ctx) {
        ctx.json(open.close(JsonBody.read(ctx, OpenSessionsRequest.class), AuthContext.user(ctx)));
    }
}
