package id.sistemparkir.server.review;

import id.sistemparkir.server.auth.AuthContext;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.http.JsonBody;
import id.sistemparkir.server.http.QueryParams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Money that needs a look (SUPERVISOR and ADMIN):
 *
 * <pre>
 * GET  /api/v1/reviews?kind&amp;from&amp;to&amp;resolved   [ReviewItem], newest first (resolved=false: still open)
 * POST /api/v1/reviews/resolve                 {kind, subjectId, reason} → the resolved ReviewItem
 * </pre>
 */
public final class ReviewModule {

    private final ReviewService reviews;

    public ReviewModule(ReviewService reviews) {
        this.reviews = reviews;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/reviews", this::list, Role.SUPERVISOR);
        routes.post(
                "/api/v1/reviews/resolve",
                ctx -> ctx.json(reviews.resolve(JsonBody.read(ctx, ResolveReviewRequest.class), AuthContext.user(ctx))),
                Role.SUPERVISOR);
    }

    private void list(Context ctx) {
        ctx.json(reviews.list(new ReviewService.Filter(
                QueryParams.optional(ctx, "kind").map(ReviewKind::parse).orElse(null),
                QueryParams.instant(ctx, "from").orElse(null),
                QueryParams.instant(ctx, "to").orElse(null),
                QueryParams.bool(ctx, "resolved").orElse(null))));
    }
}
