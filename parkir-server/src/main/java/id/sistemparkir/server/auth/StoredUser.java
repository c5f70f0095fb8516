package id.sistemparkir.server.auth;

import java.time.Instant;

/** A row of {@code users}, password hash included: never leaves the auth package (see {@link UserView}). */
record StoredUser(
        String id,
        String username,
        String fullName,
        String passwordHash,
        Role role,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {

    UserView view() {
        return new UserView(username, fullName, role.name(), active, createdAt, updatedAt);
    }

    /** Never shows the hash. */
    @Override
    public String toString() {
        return "StoredUser[id=" + id + ", username=" + username + ", role=" + role + ", active=" + active + "]";
    }
}
