package id.sistemparkir.server.auth;

import java.util.Optional;

/** The caller of a request, as its bearer token says. {@code station} is the lane it logged in from, if any. */
public record AuthUser(String userId, String username, Role role, Optional<String> station) {

    /** The name written into records and audit lines: {@code user@station} when a station is known. */
    public String actor() {
        return station.map(s -> username + "@" + s).orElse(username);
    }
}
