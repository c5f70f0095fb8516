package id.sistemparkir.server.synclog;

import id.sistemparkir.core.contract.SetAsideReport;
import id.sistemparkir.server.auth.AuthContext;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.http.Ids;
import id.sistemparkir.server.http.JsonBody;
import id.sistemparkir.server.http.Paging;
import id.sistemparkir.server.http.QueryParams;
import id.sistemparkir.server.lane.SyncLog;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v1/sync-log?from&to&station&outcome&kind&recordId&page&size} (SUPERVISOR), and
 * {@code POST /api/v1/sync-log/set-aside} (OPERATOR): a lane's report of a record set aside for good.
 */
public final class SyncLogModule {

    private static final Set<String> OUTCOMES =
            Arrays.stream(SyncLog.Outcome.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    private static final Pattern STATION = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final SyncLogSearch search;
    private final SetAsideReports setAside;

    public SyncLogModule(SyncLogSearch search, SetAsideReports setAside) {
        this.search = search;
        this.setAside = setAside;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/sync-log", this::list, Role.SUPERVISOR);
        routes.post("/api/v1/sync-log/set-aside", this::reportSetAside, Role.OPERATOR);
    }

    private void reportSetAside(Context ctx) {
        String station = AuthContext.user(ctx)
                .station()
                .orElseThrow(() -> ApiException.badRequest(
                        "station_required", "Log in from a station to report a record it set aside."));
        SetAsideReport report = JsonBody.read(ctx, SetAsideReport.class);
        boolean written = setAside.report(report, station);
        ctx.status(written ? 201 : 200).json(Map.of("recordId", report.recordId(), "duplicate", !written));
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
