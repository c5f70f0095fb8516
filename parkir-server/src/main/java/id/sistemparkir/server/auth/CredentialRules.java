package id.sistemparkir.server.auth;

import id.sistemparkir.server.http.ApiException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for usernames, passwords, full names and station codes, in one place so that creating a user, the initial
 * admin, a login and a password change all agree.
 *
 * <p>Usernames are case-insensitive: they are stored and looked up in lower case (the column compares
 * case-sensitively, {@code utf8mb4_bin}, so folding happens here, once).
 */
public final class CredentialRules {

    public static final int MIN_PASSWORD_LENGTH = 8;
    /** Argon2 takes any length; the cap only keeps absurd inputs out. */
    public static final int MAX_PASSWORD_LENGTH = 1024;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final Pattern STATION = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int MAX_FULL_NAME = 128;

    private CredentialRules() {}

    /** The stored form of {@code username} (lower case), or empty when it cannot be a username at all. */
    public static Optional<String> normalizeUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        String lower = username.trim().toLowerCase(Locale.ROOT);
        return USERNAME.matcher(lower).matches() ? Optional.of(lower) : Optional.empty();
    }

    /** The stored form of a username for a new user; 400 when it breaks the rule. */
    public static String requireUsername(String username) {
        return normalizeUsername(username)
                .orElseThrow(
                        () -> ApiException.badRequest(
                                "invalid_username",
                                "A username has 3-64 characters: letters a-z, digits, '.', '_' or '-' (case does not matter)."));
    }

    /** 400 {@code weak_password} unless {@code password} may be set for {@code username} (already normalised). */
    public static void checkPassword(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw ApiException.badRequest(
                    "weak_password", "A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw ApiException.badRequest(
                    "weak_password", "A password has at most " + MAX_PASSWORD_LENGTH + " characters.");
        }
        if (password.trim().equalsIgnoreCase(username)) {
            throw ApiException.badRequest("weak_password", "The password must not be the username.");
        }
    }

    /** A full name to store: trimmed, {@code null} when blank; 400 when longer than the column. */
    public static String fullName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return null;
        }
        String trimmed = fullName.trim();
        if (trimmed.length() > MAX_FULL_NAME) {
            throw ApiException.badRequest("invalid_field", "fullName has at most " + MAX_FULL_NAME + " characters.");
        }
        return trimmed;
    }

    /** The station code of a login, empty when none was given; 400 when it is not a plausible code. */
    public static Optional<String> station(String station) {
        if (station == null || station.isBlank()) {
            return Optional.empty();
        }
        String trimmed = station.trim();
        if (!STATION.matcher(trimmed).matches()) {
            throw ApiException.badRequest(
                    "invalid_field", "station has 1-64 characters: letters, digits, '.', '_' or '-'.");
        }
        return Optional.of(trimmed);
    }

    /** The role named in a request; 400 when it is not one. */
    public static Role role(String role) {
        try {
            return Role.parse(role);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_role", "role must be OPERATOR, SUPERVISOR or ADMIN.");
        }
    }
}
