package id.sistemparkir.server.auth;

import id.sistemparkir.server.config.ServerConfig;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.ticket.TicketKeys;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** STUB — being replaced by the auth work (login, tokens, roles, initial admin, users). */
public final class AuthModule {

    private AuthModule() {}

    public static AuthModule create(Jdbi jdbi, ServerConfig config, TicketKeys ticketKeys, Clock clock) {
        return new AuthModule();
    }

    public Authenticator authenticator() {
        return token -> {
            throw ApiException.unauthorized("unauthorized", "not implemented");
        };
    }

    public void addRoutes(RoutesConfig routes) {}
}
