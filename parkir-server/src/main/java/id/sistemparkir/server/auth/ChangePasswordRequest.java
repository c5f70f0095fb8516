package id.sistemparkir.server.auth;

/** {@code POST /api/v1/auth/password}: the caller changes their own password. */
public record ChangePasswordRequest(String currentPassword, String newPassword) {

    public ChangePasswordRequest {
        CreateUserRequest.required(currentPassword, "currentPassword");
        CreateUserRequest.required(newPassword, "newPassword");
    }

    @Override
    public String toString() {
        return "ChangePasswordRequest[***]";
    }
}
