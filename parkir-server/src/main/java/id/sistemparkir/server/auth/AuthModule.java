package id.sistemparkir.server.auth;

import id.sistemparkir.server.config.ServerConfig;
import io.javalin.config.RoutesConfig;
import java.security.SecureRandom;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Auth for the server: login and bearer tokens, users and roles, the initial admin, and the access filter that
 * guards every {@code /api/} route (read {@link AccessFilter} before registering a route). Wires the auth package;
 * {@link #create} also makes sure the initial admin exists.
 */
public final class AuthModule {

    private final TokenService tokens;
    private final AuthRoutes authRoutes;

    private AuthModule(TokenService tokens, AuthRoutes authRoutes) {
        this.tokens = tokens;
        this.authRoutes = authRoutes;
    }

    /**
     * Builds the module and creates the initial admin on a database without users.
     *
     * @throws id.sistemparkir.server.ServerStartException when the initial admin cannot be created as configured
     */
    public static AuthModule create(Jdbi jdbi, ServerConfig config, Clock clock) {
        return create(jdbi, config, clock, new PasswordHasher(new SecureRandom()));
    }

    static AuthModule create(Jdbi jdbi, ServerConfig config, Clock clock, PasswordHasher hasher) {
        SecureRandom random = new SecureRandom();
        UserRepository users = new UserRepository();
        TokenService tokens = new TokenService(jdbi, new TokenRepository(), config.tokenTtl(), clock, random);
        LoginThrottle throttle = new LoginThrottle(clock);
        new InitialAdmin(jdbi, users, hasher, random, clock).ensure(config.initialAdminPassword(), config.dataDir());
        LoginService logins = new LoginService(jdbi, users, tokens, hasher, throttle, clock);
        UserService userService = new UserService(jdbi, users, tokens, hasher, throttle, clock);
        return new AuthModule(tokens, new AuthRoutes(logins, userService));
    }

    /** Resolves bearer tokens; for the WebSocket upgrade and anything else outside the HTTP filter. */
    public Authenticator authenticator() {
        return tokens;
    }

    /** Registers the access filter for {@code /api/*} and the auth and users routes. */
    public void addRoutes(RoutesConfig routes) {
        routes.beforeMatched("/api/*", new AccessFilter(tokens));
        authRoutes.register(routes);
    }
}
