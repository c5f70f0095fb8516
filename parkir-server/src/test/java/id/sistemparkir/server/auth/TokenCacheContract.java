package id.sistemparkir.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.testsupport.MutableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The in-memory token cache of decision 0027, on H2 and MariaDB: two {@link TokenService}s over one database stand for
 * two nodes, each with its own ticker, so "within the cache time" is a number the test moves, not a wait.
 */
abstract class TokenCacheContract {

    private TestDatabase database;
    private Jdbi jdbi;
    private MutableClock clock;
    private final AtomicLong tickerA = new AtomicLong();
    private final AtomicLong tickerB = new AtomicLong();
    private TokenService nodeA;
    private TokenService nodeB;
    private final UserRepository users = new UserRepository();

    protected abstract TestDatabase createDatabase();

    @BeforeEach
    void open() {
        database = createDatabase();
        jdbi = database.jdbi();
        clock = MutableClock.startingNow();
        nodeA = new TokenService(
                jdbi, new TokenRepository(), Duration.ofHours(12), clock, new SecureRandom(), tickerA::get);
        nodeB = new TokenService(
                jdbi, new TokenRepository(), Duration.ofHours(12), clock, new SecureRandom(), tickerB::get);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aLogoutOnThisNodeCountsAtOnceAndOnAnotherNodeWithinTheCacheTime() {
        String user = newUser(Role.OPERATOR);
        String token = issue(user);
        assertThat(nodeA.authenticate(token).userId()).isEqualTo(user);
        assertThat(nodeB.authenticate(token).userId()).isEqualTo(user);

        jdbi.useTransaction(h -> nodeA.revoke(h, token));

        assertUnauthorized(nodeA, token, "unauthorized");
        assertThat(nodeB.authenticate(token).userId())
                .as("the other node trusts its copy until the cache time passes")
                .isEqualTo(user);
        tickerB.addAndGet(TokenService.CACHE_TIME.toNanos() - 1);
        assertThat(nodeB.authenticate(token).userId()).isEqualTo(user);
        tickerB.addAndGet(1);
        assertUnauthorized(nodeB, token, "unauthorized");
    }

    @Test
    void aRoleChangeOrDeactivationOnThisNodeCountsAtOnce() {
        String user = newUser(Role.OPERATOR);
        String token = issue(user);
        assertThat(nodeA.authenticate(token).role()).isEqualTo(Role.OPERATOR);

        changeUser(user, Role.SUPERVISOR, true);
        assertThat(nodeA.authenticate(token).role()).isEqualTo(Role.SUPERVISOR);

        changeUser(user, Role.SUPERVISOR, false);
        assertUnauthorized(nodeA, token, "unauthorized");
    }

    @Test
    void revokingAllOfAUsersTokensEvictsEveryOneOfThemButNotOtherUsers() {
        String user = newUser(Role.OPERATOR);
        String other = newUser(Role.OPERATOR);
        String first = issue(user);
        String second = issue(user);
        String kept = issue(user);
        String othersToken = issue(other);
        for (String token : new String[] {first, second, kept, othersToken}) {
            nodeA.authenticate(token);
        }

        jdbi.useTransaction(h -> nodeA.revokeAllOf(h, user, kept));

        assertUnauthorized(nodeA, first, "unauthorized");
        assertUnauthorized(nodeA, second, "unauthorized");
        assertThat(nodeA.authenticate(kept).userId()).isEqualTo(user);
        assertThat(nodeA.authenticate(othersToken).userId()).isEqualTo(other);
    }

    @Test
    void aRolledBackRevocationLeavesTheTokenValid() {
        String user = newUser(Role.OPERATOR);
        String token = issue(user);
        nodeA.authenticate(token);

        assertThatThrownBy(() -> jdbi.useTransaction(h -> {
                    nodeA.revoke(h, token);
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(nodeA.authenticate(token).userId()).isEqualTo(user);
    }

    @Test
    void aCachedTokenStillExpiresByTheClock() {
        String user = newUser(Role.OPERATOR);
        String token = issue(user);
        nodeA.authenticate(token);

        clock.advance(Duration.ofHours(12));

        assertUnauthorized(nodeA, token, "token_expired");
    }

    @Test
    void unknownAndRevokedTokensAreNeverCached() {
        String user = newUser(Role.OPERATOR);
        String token = issue(user);
        jdbi.useHandle(h -> new TokenRepository().revoke(h, TokenService.hash(token)));
        assertUnauthorized(nodeA, token, "unauthorized");

        // Undone behind the node's back: a cached refusal would still refuse.
        jdbi.useHandle(h -> h.createUpdate("UPDATE auth_tokens SET revoked = FALSE WHERE token_hash = :hash")
                .bind("hash", TokenService.hash(token))
                .execute());
        assertThat(nodeA.authenticate(token).userId()).isEqualTo(user);
    }

    private String newUser(Role role) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        jdbi.useTransaction(h -> users.insert(
                h, new StoredUser(id, "u" + id.substring(0, 8), null, "$argon2id$not-used", role, true, now, now)));
        return id;
    }

    private String issue(String userId) {
        return jdbi.inTransaction(h -> nodeA.issue(h, userId, Optional.empty(), clock.instant()))
                .token();
    }

    /** As {@code UserService.update} does it: the profile row, and this node forgets the user's tokens. */
    private void changeUser(String userId, Role role, boolean active) {
        jdbi.useTransaction(h -> {
            StoredUser before = users.findById(h, userId).orElseThrow();
            users.updateProfile(
                    h,
                    new StoredUser(
                            before.id(),
                            before.username(),
                            before.fullName(),
                            before.passwordHash(),
                            role,
                            active,
                            before.createdAt(),
                            clock.instant()));
            nodeA.forgetUser(h, userId);
        });
    }

    private static void assertUnauthorized(TokenService node, String token, String error) {
        assertThatThrownBy(() -> node.authenticate(token))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.error()).isEqualTo(error));
    }
}
