package id.sistemparkir.server.audit;

import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.http.Paging;
import id.sistemparkir.server.http.QueryParams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/** {@code GET /api/v1/audit-log?from&to&actor&action&target&page&size} (SUPERVISOR): who changed what, newest first. */
public final class AuditModule {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9._@:-]{1,255}");

    private final AuditQuery audit;

    public AuditModule(AuditQuery audit) {
        this.audit = audit;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/audit-log", this::list, Role.SUPERVISOR);
    }

    private void list(Context ctx) {
        AuditQuery.Filter filter = new AuditQuery.Filter(
                QueryParams.instant(ctx, "from").orElse(null),
                QueryParams.instant(ctx, "to").orElse(null),
                word(ctx, "actor"),
                word(ctx, "action"),
                word(ctx, "target"));
        ctx.json(audit.search(filter, Paging.of(ctx)));
    }

    private static String word(Context ctx, String name) {
        String value = QueryParams.optional(ctx, name).orElse(null);
        if (value != null && !WORD.matcher(value).matches()) {
            throw ApiException.badRequest("invalid_parameter", name + " has letters, digits and . _ @ : - only");
        }
        return value;
    }
}
