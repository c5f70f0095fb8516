package id.sistemparkir.server.synclog;

import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.http.Ids;
import id.sistemparkir.server.http.Paging;
import id.sistemparkir.server.http.QueryParams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code GET /api/v1/sync-log?from&to&station&outcome&kind&recordId&page&size} (SUPERVISOR). */
public final class SyncLogModule {

    private static final Set<String> OUTCOMES =
            Set.of("CREATED", "ALREADY_PRESENT", "PENDING_ENTRY", "JOINED", "CONFLICT", "REJECTED");
    private static final Pattern STATION = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final SyncLogSearch search;

    public SyncLogModule(SyncLogSearch search) {
        this.search = search;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/sync-log", this::list, Role.SUPERVISOR);
    }

    private void list(Context ctx) {
        String station = QueryParams.optional(ctx, "station").orElse(null);
        if (station != null && !STATION.matcher(station).matches()) {
            throw ApiException.badRequest("invalid_parameter", "station is not a station code");
        }
        String outcome = QueryParams.optional(ctx, "outcome")
                .map(o -> o.toUpperCase(Locale.ROOT))
                .orElse(null);
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            throw ApiException.badRequest("invalid_parameter", "outcome must be one of " + OUTCOMES);
        }
        String kind = QueryParams.optional(ctx, "kind")
                .map(k -> k.toLowerCase(Locale.ROOT))
                .orElse(null);
        if (kind != null && !kind.equals("entry") && !kind.equals("exit")) {
            throw ApiException.badRequest("invalid_parameter", "kind must be entry or exit");
        }
        SyncLogSearch.Filter filter = new SyncLogSearch.Filter(
                QueryParams.instant(ctx, "from").orElse(null),
                QueryParams.instant(ctx, "to").orElse(null),
                station,
                outcome,
                kind,
                QueryParams.optional(ctx, "recordId")
                        .map(id -> Ids.uuid(id, "recordId"))
                        .orElse(null));
        ctx.json(search.search(filter, Paging.of(ctx)));
    }
}
