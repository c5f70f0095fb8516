package id.sistemparkir.server.auth;

import id.sistemparkir.core.contract.LoginRequest;
import id.sistemparkir.core.contract.LoginResponse;
import id.sistemparkir.core.contract.UserInfo;
import id.sistemparkir.server.audit.AuditLog;
import id.sistemparkir.server.http.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login and logout. A wrong username and a wrong password give the same 401 {@code invalid_credentials} with the same
 * message, and take the same time: an unknown username is checked against a dummy hash, so response times do not tell
 * which usernames exist. Attempts go through the {@link LoginThrottle}.
 */
final class LoginService {

    private static final Logger log = LoggerFactory.getLogger(LoginService.class);

    private final Jdbi jdbi;
    private final UserRepository users;
    private final TokenService tokens;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final String dummyHash;

    LoginService(
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
        this.dummyHash = hasher.hash("dummy password for unknown users");
    }

    /** @param address the client's address, for the throttle */
    LoginResponse login(LoginRequest request, String address) {
        Optional<String> station = CredentialRules.station(request.station());
        Optional<String> username = CredentialRules.normalizeUsername(request.username());
        if (username.isEmpty()) {
            // Cannot be anyone's username (the rule is public): the same answer at once, no Argon2 to spend, no
            // guess to count.
            log.info("Failed login with an impossible username{} from {}", at(station), address);
            throw wrongCredentials();
        }
        LoginThrottle.Attempt attempt = throttle.begin(username.get(), address);
        Optional<StoredUser> found;
        boolean passwordOk;
        try {
            found = username.flatMap(name -> jdbi.withHandle(h -> users.findByUsername(h, name)));
            // Always run one Argon2 verification, so an unknown user costs as much time as a wrong password.
            passwordOk = hasher.verify(
                            request.password(),
                            found.map(StoredUser::passwordHash).orElse(dummyHash))
                    && found.isPresent();
        } catch (RuntimeException e) {
            attempt.abandoned();
            throw e;
        }
        if (!passwordOk) {
            attempt.failed();
            log.info("Failed login for '{}'{} from {}", username.get(), at(station), address);
            throw wrongCredentials();
        }
        attempt.succeeded();
        StoredUser user = found.get();
        if (!user.active()) {
            log.info("Refused login of deactivated user '{}'{}", user.username(), at(station));
            throw ApiException.unauthorized("account_disabled", "This account is deactivated; ask an administrator.");
        }
        Optional<String> newHash = hasher.needsRehash(user.passwordHash())
                ? Optional.of(hasher.hash(request.password()))
                : Optional.empty();
        Instant now = clock.instant();
        AuthUser authUser = new AuthUser(user.id(), user.username(), user.role(), station);
        TokenService.IssuedToken token = jdbi.inTransaction(h -> {
            newHash.ifPresent(hash -> users.replacePasswordHash(h, user.id(), user.passwordHash(), hash, now));
            AuditLog.record(h, authUser.actor(), "auth.login", user.username(), null, now);
            return tokens.issue(h, user.id(), station, now);
        });
        tokens.purgeExpiredOccasionally();
        log.info("User '{}' ({}) logged in{}", user.username(), user.role(), at(station));
        return new LoginResponse(
                token.token(),
                token.expiresAt(),
                new UserInfo(user.username(), user.role().name()));
    }

    /** Revokes the caller's token. */
    void logout(AuthUser user, String bearerToken) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            tokens.revoke(h, bearerToken);
            AuditLog.record(h, user.actor(), "auth.logout", user.username(), null, now);
        });
    }

    private static ApiException wrongCredentials() {
        return ApiException.unauthorized("invalid_credentials", "Wrong username or password.");
    }

    private static String at(Optional<String> station) {
        return station.map(s -> " at station " + s).orElse("");
    }
}
