package id.sistemparkir.server.auth;

import java.time.Instant;

/** A user as the users API shows it: never a password hash. {@code fullName} is left out when unknown. */
public record UserView(
        String username, String fullName, String role, boolean active, Instant createdAt, Instant updatedAt) {}
