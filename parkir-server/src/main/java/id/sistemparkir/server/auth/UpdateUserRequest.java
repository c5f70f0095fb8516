package id.sistemparkir.server.auth;

/**
 * {@code PUT /api/v1/users/{username}}: every field optional, {@code null} (or absent) leaves it as it is. A blank
 * {@code fullName} clears it; a {@code password} here is an administrator's reset and logs the user out everywhere.
 */
public record UpdateUserRequest(String role, Boolean active, String password, String fullName) {

    boolean changesNothing() {
        return role == null && active == null && password == null && fullName == null;
    }

    @Override
    public String toString() {
        return "UpdateUserRequest[role=" + role + ", active=" + active + ", password="
                + (password == null ? null : "***") + ", fullName=" + fullName + "]";
    }
}
