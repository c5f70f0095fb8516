package id.sistemparkir.server.realtime;

import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.auth.Authenticator;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.http.ApiException;
import java.util.Optional;

/** Stands in for the auth module: two fixed tokens, everything else is refused with 401. */
final class FakeAuthenticator implements Authenticator {

    static final String OPERATOR_TOKEN = "good-token";
    static final String SUPERVISOR_TOKEN = "supervisor-token";

    @Override
    public AuthUser authenticate(String bearerToken) {
        if (OPERATOR_TOKEN.equals(bearerToken)) {
            return new AuthUser("u-operator", "operator1", Role.OPERATOR, Optional.of("IN-1"));
        }
        if (SUPERVISOR_TOKEN.equals(bearerToken)) {
            return new AuthUser("u-supervisor", "supervisor1", Role.SUPERVISOR, Optional.empty());
        }
        throw ApiException.unauthorized("unauthorized", "Unknown token.");
    }
}
