package id.sistemparkir.server.auth;

/** {@code POST /api/v1/users}: a new user. {@code fullName} is optional. */
public record CreateUserRequest(String username, String password, String role, String fullName) {

    public CreateUserRequest {
        required(username, "username");
        required(password, "password");
        required(role, "role");
    }

    static void required(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + ", password=***, role=" + role + "]";
    }
}
