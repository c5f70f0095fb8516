package id.sistemparkir.core.contract;

/**
 * The logged-in user.
 *
 * @param role {@code ADMIN}, {@code SUPERVISOR} or {@code OPERATOR}
 */
public record UserInfo(String username, String role) {}
