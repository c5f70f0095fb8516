package id.sistemparkir.core.contract;

/**
 * {@code POST /api/v1/auth/login} (DESIGN §4).
 *
 * @param station the station code of the lane logging in, optional
 */
public record LoginRequest(String username, String password, String station) {

    /** Rejects a request without credentials. */
    public LoginRequest {
        Checks.required(username, "username");
        Checks.required(password, "password");
    }

    /** Never shows the password (records print every field by default, and requests end up in logs). */
    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=***, station=" + station + "]";
    }
}
