package id.sistemparkir.server.auth;

import id.sistemparkir.server.audit.AuditLog;
import id.sistemparkir.server.db.Sql;
import id.sistemparkir.server.http.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Users: create, list, update (administrators) and change one's own password. Every change is written with its audit
 * line in one transaction. Argon2 runs before the transaction opens, so no lock or pooled connection waits on it.
 *
 * <p>Invariant: at least one active ADMIN remains. Changes that could remove one lock the active admins' rows first
 * ({@code SELECT ... FOR UPDATE}), so two admins demoting each other at once cannot both succeed.
 */
final class UserService {

    private final Jdbi jdbi;
    private final UserRepository users;
    private final TokenService tokens;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;

    UserService(
            Jdbi jdbi,
            UserRepository users,
            TokenService tokens,
            PasswordHasher hasher,
            LoginThrottle throttle,
            Clock clock) {
        this.jdbi = jdbi;
        this.users = users;
        this.tokens = tokens;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
    }

    List<UserView> list() {
        return jdbi.withHandle(h -> users.list(h).stream().map(StoredUser::view).toList());
    }

    /** @throws ApiException 400 on a rule broken, 409 {@code user_exists} when the username is taken */
    UserView create(AuthUser actor, CreateUserRequest request) {
        String username = CredentialRules.requireUsername(request.username());
        Role role = CredentialRules.role(request.role());
        String fullName = CredentialRules.fullName(request.fullName());
        CredentialRules.checkPassword(username, request.password());
        String hash = hasher.hash(request.password());
        Instant now = clock.instant();
        StoredUser user = new StoredUser(UUID.randomUUID().toString(), username, fullName, hash, role, true, now, now);
        try {
            jdbi.useTransaction(h -> {
                if (users.findByUsername(h, username).isPresent()) {
                    throw taken(username); // the usual case, answered without a failed INSERT in the logs
                }
                users.insert(h, user);
                AuditLog.change(h, actor.actor(), "user.created", username, "role=" + role, null, user.view(), now);
            });
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw taken(username); // created by a concurrent request
            }
            throw e;
        }
        return user.view();
    }

    /**
     * Applies the fields present in {@code request}. A password reset or a deactivation revokes the user's tokens.
     *
     * @throws ApiException 404 {@code user_not_found}; 409 {@code last_admin} when it would leave no active ADMIN
     */
    UserView update(AuthUser actor, String usernameInPath, UpdateUserRequest request) {
        String username = CredentialRules.normalizeUsername(usernameInPath).orElseThrow(() -> notFound(usernameInPath));
        Optional<Role> role = Optional.ofNullable(request.role()).map(CredentialRules::role);
        Optional<String> fullName = Optional.ofNullable(request.fullName()).map(CredentialRules::fullName);
        Optional<String> newHash = Optional.ofNullable(request.password()).map(password -> {
            CredentialRules.checkPassword(username, password);
            return hasher.hash(password);
        });
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            List<String> activeAdmins =
                    role.isPresent() || request.active() != null ? users.lockActiveAdmins(h) : List.of();
            StoredUser before = users.findByUsername(h, username).orElseThrow(() -> notFound(username));
            StoredUser after = new StoredUser(
                    before.id(),
                    before.username(),
                    request.fullName() == null ? before.fullName() : fullName.orElse(null),
                    newHash.orElse(before.passwordHash()),
                    role.orElse(before.role()),
                    request.active() == null ? before.active() : request.active(),
                    before.createdAt(),
                    now);
            List<String> changes = changes(before, after);
            if (changes.isEmpty()) {
                return before.view();
            }
            boolean removesAnAdmin =
                    activeAdmins.contains(before.id()) && (after.role() != Role.ADMIN || !after.active());
            if (removesAnAdmin && activeAdmins.size() <= 1) {
                throw ApiException.conflict(
                        "last_admin",
                        "The last active ADMIN cannot be deactivated or demoted; make another admin first.",
                        null);
            }
            users.updateProfile(h, after);
            if (newHash.isPresent()) {
                users.replacePasswordHash(h, before.id(), before.passwordHash(), newHash.get(), now);
            }
            if (newHash.isPresent() || (before.active() && !after.active())) {
                tokens.revokeAllOf(h, before.id(), null);
            }
            // The role and the active flag travel with a cached token: this node forgets them (decision 0027).
            tokens.forgetUser(h, before.id());
            AuditLog.change(
                    h,
                    actor.actor(),
                    "user.updated",
                    username,
                    String.join(", ", changes),
                    before.view(),
                    after.view(),
                    now);
            return after.view();
        });
    }

    /**
     * The caller changes their own password. Wrong current passwords count towards the login throttle. The caller's
     * other tokens are revoked (a stolen session ends); the one making this call stays valid.
     *
     * @throws ApiException 400 {@code wrong_password} or {@code weak_password}; 429 when throttled
     */
    void changeOwnPassword(AuthUser caller, String bearerToken, ChangePasswordRequest request, String address) {
        CredentialRules.checkPassword(caller.username(), request.newPassword());
        if (request.newPassword().equals(request.currentPassword())) {
            throw ApiException.badRequest("weak_password", "The new password must differ from the current one.");
        }
        StoredUser user = jdbi.withHandle(h -> users.findById(h, caller.userId()))
                .orElseThrow(() -> ApiException.unauthorized("unauthorized", "Log in first."));
        LoginThrottle.Attempt attempt = throttle.begin(user.username(), address);
        if (!hasher.verify(request.currentPassword(), user.passwordHash())) {
            attempt.failed();
            throw ApiException.badRequest("wrong_password", "The current password is wrong.");
        }
        attempt.succeeded();
        String newHash = hasher.hash(request.newPassword());
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            if (!users.replacePasswordHash(h, user.id(), user.passwordHash(), newHash, now)) {
                throw ApiException.conflict(
                        "password_changed", "The password was changed meanwhile; log in again and retry.", null);
            }
            tokens.revokeAllOf(h, user.id(), bearerToken);
            AuditLog.record(h, caller.actor(), "user.password_changed", user.username(), null, now);
        });
    }

    private static List<String> changes(StoredUser before, StoredUser after) {
        List<String> changes = new ArrayList<>();
        if (before.role() != after.role()) {
            changes.add("role " + before.role() + " -> " + after.role());
        }
        if (before.active() != after.active()) {
            changes.add(after.active() ? "activated" : "deactivated");
        }
        if (!Objects.equals(before.fullName(), after.fullName())) {
            changes.add("fullName changed");
        }
        if (!before.passwordHash().equals(after.passwordHash())) {
            changes.add("password reset");
        }
        return changes;
    }

    private static ApiException taken(String username) {
        return ApiException.conflict("user_exists", "The username '" + username + "' is taken.", null);
    }

    private static ApiException notFound(String username) {
        return ApiException.notFound("user_not_found", "No user '" + username + "'.");
    }
}
