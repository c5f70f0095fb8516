package id.sistemparkir.server.member;

import id.sistemparkir.server.auth.AuthContext;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.http.Ids;
import id.sistemparkir.server.http.JsonBody;
import id.sistemparkir.server.http.QueryParams;
import io.javalin.config.RoutesConfig;

/**
 * <pre>
 * GET  /api/v1/members?plate&amp;active   SUPERVISOR  [Member]
 * POST /api/v1/members                ADMIN       MemberRequest → 201 Member
 * PUT  /api/v1/members/{id}           ADMIN       MemberRequest (fields to change) → Member
 * </pre>
 */
public final class MemberModule {

    private final MemberService members;

    public MemberModule(MemberService members) {
        this.members = members;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get(
                "/api/v1/members",
                ctx -> ctx.json(members.list(
                        QueryParams.optional(ctx, "plate").orElse(null),
                        QueryParams.bool(ctx, "active").orElse(false))),
                Role.SUPERVISOR);
        routes.post(
                "/api/v1/members",
                ctx -> ctx.status(201)
                        .json(members.create(JsonBody.read(ctx, MemberRequest.class), AuthContext.user(ctx))),
                Role.ADMIN);
        routes.put(
                "/api/v1/members/{id}",
                ctx -> ctx.json(members.update(
                        Ids.uuid(ctx.pathParam("id"), "id"),
                        JsonBody.read(ctx, MemberRequest.class),
                        AuthContext.user(ctx))),
                Role.ADMIN);
    }
}
