package id.sistemparkir.server.auth;

import id.sistemparkir.core.text.FieldRule;
import id.sistemparkir.core.text.InvalidFieldException;
import id.sistemparkir.server.http.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    private static final Set<String> COMMON_PASSWORDS = loadCommonPasswords();

    private CredentialRules() {}

    /** The stored form of {@code username} (lower case), or empty when it cannot be a username at all. */
    public static Optional<String> normalizeUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return FieldRule.USERNAME.accepts(username)
                ? Optional.of(FieldRule.USERNAME.require(username, "username"))
                : Optional.empty();
    }

    /** The stored form of a username for a new user; 400 when it breaks the rule. */
    public static String requireUsername(String username) {
        return normalizeUsername(username)
                .orElseThrow(
                        () -> ApiException.badRequest(
                                "invalid_username",
                                "A username has 3-64 characters: letters a-z, digits, '.', '_' or '-' (case does not matter)."));
    }

    /**
     * 400 {@code weak_password} unless {@code password} may be set for {@code username} (already normalised): at
     * least {@value #MIN_PASSWORD_LENGTH} characters that are not spaces, not the username, not one of the most common
     * passwords. Used for every way a password is set: the initial admin, a new user, a reset, a change.
     */
    public static void checkPassword(String username, String password) {
        if (password == null || password.strip().length() < MIN_PASSWORD_LENGTH) {
            throw ApiException.badRequest(
                    "weak_password",
                    "A password needs at least " + MIN_PASSWORD_LENGTH + " characters besides spaces.");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw ApiException.badRequest(
                    "weak_password", "A password has at most " + MAX_PASSWORD_LENGTH + " characters.");
        }
        if (password.trim().equalsIgnoreCase(username)) {
            throw ApiException.badRequest("weak_password", "The password must not be the username.");
        }
        if (COMMON_PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT))) {
            throw ApiException.badRequest(
                    "weak_password", "This password is one of the most common ones; choose another.");
        }
    }

    /** A full name to store: trimmed, {@code null} when blank; 400 when longer than the column. */
    public static String fullName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return null;
        }
        return rule(FieldRule.NAME, fullName, "fullName");
    }

    /** The station code of a login, empty when none was given; 400 when it is not a plausible code. */
    public static Optional<String> station(String station) {
        if (station == null || station.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(rule(FieldRule.STATION, station, "station"));
    }

    private static String rule(FieldRule rule, String value, String field) {
        try {
            return rule.require(value, field);
        } catch (InvalidFieldException e) {
            throw ApiException.badRequest(rule.errorCode(), e.getMessage());
        }
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = CredentialRules.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
