package id.sistemparkir.server.auth;

import id.sistemparkir.core.contract.LoginRequest;
import id.sistemparkir.server.http.JsonBody;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The HTTP face of auth and users; each handler parses, calls a service, answers JSON. Who may call what is decided
 * by the {@link AccessFilter} from the roles given here, not in the handlers.
 *
 * <pre>
 * POST /api/v1/auth/login     public       LoginResponse
 * POST /api/v1/auth/logout    logged in    204
 * GET  /api/v1/auth/me        logged in    {username, role, station}
 * POST /api/v1/auth/password  logged in    204
 * GET  /api/v1/users          ADMIN        [UserView]
 * POST /api/v1/users          ADMIN        201 UserView
 * PUT  /api/v1/users/{username} ADMIN      200 UserView
 * </pre>
 */
final class AuthRoutes {

    private final LoginService logins;
    private final UserService users;

    AuthRoutes(LoginService logins, UserService users) {
        this.logins = logins;
        this.users = users;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/v1/auth/login", this::login);
        routes.post("/api/v1/auth/logout", this::logout);
        routes.get("/api/v1/auth/me", this::me);
        routes.post("/api/v1/auth/password", this::changePassword);
        routes.get("/api/v1/users", this::listUsers, Role.ADMIN);
        routes.post("/api/v1/users", this::createUser, Role.ADMIN);
        routes.put("/api/v1/users/{username}", this::updateUser, Role.ADMIN);
    }

    private void login(Context ctx) {
        ctx.json(logins.login(JsonBody.read(ctx, LoginRequest.class), ctx.ip()));
    }

    private void logout(Context ctx) {
        logins.logout(AuthContext.user(ctx), AuthContext.bearerToken(ctx));
        ctx.status(204);
    }

    private void me(Context ctx) {
        AuthUser user = AuthContext.user(ctx);
        ctx.json(new MeResponse(
                user.username(), user.role().name(), user.station().orElse(null)));
    }

    private void changePassword(Context ctx) {
        ChangePasswordRequest request = JsonBody.read(ctx, ChangePasswordRequest.class);
        users.changeOwnPassword(AuthContext.user(ctx), AuthContext.bearerToken(ctx), request, ctx.ip());
        ctx.status(204);
    }

    private void listUsers(Context ctx) {
        ctx.json(users.list());
    }

    private void createUser(Context ctx) {
        UserView created = users.create(AuthContext.user(ctx), JsonBody.read(ctx, CreateUserRequest.class));
        ctx.status(201).json(created);
    }

    private void updateUser(Context ctx) {
        UpdateUserRequest request = JsonBody.read(ctx, UpdateUserRequest.class);
        ctx.json(users.update(AuthContext.user(ctx), ctx.pathParam("username"), request));
    }
}
