package id.sistemparkir.server.auth;

import id.sistemparkir.server.http.ApiException;
import io.javalin.http.Context;

/** Where the access filter leaves the authenticated caller for the handlers. */
public final class AuthContext {

    private static final String ATTRIBUTE = "parkir.authUser";

    private AuthContext() {}

    public static void set(Context ctx, AuthUser user) {
        ctx.attribute(ATTRIBUTE, user);
    }

    /** The caller; a handler of a route with roles can rely on it being there. */
    public static AuthUser user(Context ctx) {
        AuthUser user = ctx.attribute(ATTRIBUTE);
        if (user == null) {
            throw ApiException.unauthorized("unauthorized", "Log in first.");
        }
        return user;
    }

    /** The caller when the access filter authenticated one (not on public routes). */
    public static java.util.Optional<AuthUser> find(Context ctx) {
        return java.util.Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** The token from {@code Authorization: Bearer ...}, or {@code null}. */
    public static String bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
