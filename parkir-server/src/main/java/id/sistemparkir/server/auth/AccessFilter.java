package id.sistemparkir.server.auth;

import id.sistemparkir.server.http.ApiException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * THE ACCESS RULE for every HTTP route under {@code /api/}: deny by default. Registered as {@code
 * routes.beforeMatched("/api/*", ...)}, so it runs for every request that matched an endpoint, before the handler.
 *
 * <ol>
 *   <li><b>Public</b> only if listed in {@link #PUBLIC} (method + registered path): {@code GET /api/v1/health} and
 *       {@code POST /api/v1/auth/login}. Nothing else is public; adding to this list is a security decision.
 *   <li><b>Every other route needs a valid bearer token</b> ({@code Authorization: Bearer <token>}); without one, or
 *       with an unknown/revoked one or a deactivated user's: 401 {@code unauthorized}; an expired one: 401 {@code
 *       token_expired}.
 *   <li><b>Roles</b>: a route registered with roles needs the caller's role to {@linkplain Role#includes include} the
 *       LEAST role listed (ADMIN ⊇ SUPERVISOR ⊇ OPERATOR), else 403 {@code forbidden}. A route registered without
 *       roles is open to any logged-in user (OPERATOR and up). Only {@link Role} values are allowed as route roles.
 * </ol>
 *
 * <p>How to register a route (other features):
 *
 * <pre>{@code
 * routes.get("/api/v1/tariffs", this::list);                    // any logged-in user
 * routes.put("/api/v1/tariffs", this::update, Role.ADMIN);      // ADMIN only
 * routes.get("/api/v1/reports/daily", this::daily, Role.SUPERVISOR); // SUPERVISOR and ADMIN
 * }</pre>
 *
 * In the handler, {@link AuthContext#user(Context)} is the caller ({@code actor()} for audit lines). Routes outside
 * {@code /api/} are NOT covered by this filter: put every HTTP route under {@code /api/}. The WebSocket ({@code /ws})
 * authenticates its upgrade itself with the same {@link Authenticator}.
 */
public final class AccessFilter implements Handler {

    /** The only routes that need no token, as "METHOD path" with the path exactly as registered. */
    static final Set<String> PUBLIC = Set.of("GET /api/v1/health", "POST /api/v1/auth/login");

    private final Authenticator authenticator;

    public AccessFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void handle(Context ctx) {
        if (isPublic(ctx)) {
            return;
        }
        String token = AuthContext.bearerToken(ctx);
        if (token == null) {
            throw ApiException.unauthorized("unauthorized", "Log in first (no bearer token).");
        }
        AuthUser user = authenticator.authenticate(token);
        Role required = leastRole(ctx.routeRoles());
        if (!user.role().includes(required)) {
            throw ApiException.forbidden("This needs the " + required + " role; you are " + user.role() + ".");
        }
        AuthContext.set(ctx, user);
    }

    private static boolean isPublic(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null) {
            return false;
        }
        return PUBLIC.contains(endpoint.method.name() + " " + endpoint.path);
    }

    /** The least of the route's roles; OPERATOR (any logged-in user) when it has none. */
    static Role leastRole(Set<RouteRole> routeRoles) {
        Role least = null;
        for (RouteRole routeRole : routeRoles) {
            if (!(routeRole instanceof Role role)) {
                // A programming error: fail loudly (500) rather than guess what the foreign role means.
                throw new IllegalStateException("route role " + routeRole + " is not a " + Role.class.getName());
            }
            if (least == null || role.compareTo(least) < 0) {
                least = role;
            }
        }
        return least == null ? Role.OPERATOR : least;
    }
}
