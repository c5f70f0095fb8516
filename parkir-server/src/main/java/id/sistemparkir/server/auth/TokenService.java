package id.sistemparkir.server.auth;

import id.sistemparkir.server.http.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bearer tokens: issues them, resolves them to the caller, revokes them.
 *
 * <p>A token is 32 random bytes (base64url, 43 characters) handed out once; the database keeps only its SHA-256, so
 * a leaked database or backup cannot be replayed as logins. A token is valid while it is unrevoked, unexpired (by
 * the injected clock) and its user is active; role changes apply at once because the role is read with the token, not
 * frozen into it.
 *
 * <p>A token once resolved is kept in memory for {@link #CACHE_TIME} (decision 0027), so a lane's requests do not each
 * read {@code auth_tokens}: the expiry is still checked on every request against the clock, and this node's logout,
 * password change or reset, deactivation and role change evict the user's entries when they commit, so on this node
 * they apply at once. Another node sharing the database still trusts its copy for up to {@link #CACHE_TIME}.
 */
public final class TokenService implements Authenticator {

    private static final Logger log = LoggerFactory.getLogger(TokenService.class);
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** Expired tokens are kept this long (so a late request still hears "token_expired"), then deleted. */
    private static final Duration KEEP_EXPIRED = Duration.ofDays(1);

    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    /** How long a resolved token is trusted without reading the database again (changes on this node evict it). */
    static final Duration CACHE_TIME = Duration.ofSeconds(5);
    /** More live tokens than this and the cache starts over: memory stays bounded whatever callers send. */
    static final int CACHE_LIMIT = 10_000;

    /** A token row as read, and when (by {@link #ticker}, nanoseconds). */
    private record Cached(TokenRepository.TokenRow row, long readAt) {}

    /** A token as handed to the client, with its expiry. */
    public record IssuedToken(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedToken[token=***, expiresAt=" + expiresAt + "]";
        }
    }

    private final Jdbi jdbi;
    private final TokenRepository tokens;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);
    private final LongSupplier ticker;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    /** Guards puts and evictions together with {@link #evictions}; reads of the cache take no lock. */
    private final Object cacheLock = new Object();
    /**
     * Counts evictions: a read of the database that an eviction overtook is not cached (it may predate the change).
     */
    private long evictions;

    TokenService(Jdbi jdbi, TokenRepository tokens, Duration ttl, Clock clock, SecureRandom random) {
        this(jdbi, tokens, ttl, clock, random, System::nanoTime);
    }

    /** @param ticker the cache's time source in nanoseconds (not the clock: a test clock may stand still) */
    TokenService(
            Jdbi jdbi, TokenRepository tokens, Duration ttl, Clock clock, SecureRandom random, LongSupplier ticker) {
        this.jdbi = jdbi;
        this.tokens = tokens;
        this.ttl = ttl;
        this.clock = clock;
        this.random = random;
        this.ticker = ticker;
    }

    /** Issues a token for {@code userId} inside the caller's transaction. */
    IssuedToken issue(Handle h, String userId, Optional<String> station, Instant now) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant issuedAt = now.truncatedTo(ChronoUnit.MILLIS);
        Instant expiresAt = issuedAt.plus(ttl);
        tokens.insert(h, hash(token), userId, station.orElse(null), issuedAt, expiresAt);
        return new IssuedToken(token, expiresAt);
    }

    @Override
    public AuthUser authenticate(String bearerToken) {
        if (bearerToken == null || !TOKEN_SHAPE.matcher(bearerToken).matches()) {
            throw invalid();
        }
        String tokenHash = hash(bearerToken);
        TokenRepository.TokenRow row = cached(tokenHash);
        if (row == null) {
            long evictionsBefore;
            synchronized (cacheLock) {
                evictionsBefore = evictions;
            }
            row = jdbi.withHandle(h -> tokens.find(h, tokenHash)).orElseThrow(TokenService::invalid);
            if (!row.revoked() && row.userActive()) {
                remember(tokenHash, row, evictionsBefore);
            }
        }
        if (row.revoked() || !row.userActive()) {
            throw invalid();
        }
        if (!clock.instant().isBefore(row.expiresAt())) {
            throw ApiException.unauthorized("token_expired", "The session has expired; log in again.");
        }
        return new AuthUser(row.userId(), row.username(), row.role(), Optional.ofNullable(row.station()));
    }

    /** Revokes one token (logout); unknown or already revoked tokens are left as they are. */
    void revoke(Handle h, String bearerToken) {
        if (bearerToken != null) {
            String tokenHash = hash(bearerToken);
            tokens.revoke(h, tokenHash);
            evictWithCommit(h, () -> cache.remove(tokenHash));
        }
    }

    /** Revokes the user's tokens except {@code keepToken} (may be {@code null}: all of them). */
    void revokeAllOf(Handle h, String userId, String keepToken) {
        tokens.revokeAllOf(h, userId, keepToken == null ? null : hash(keepToken));
        forgetUser(h, userId);
    }

    /**
     * Drops this node's cached tokens of {@code userId} now and again when {@code h}'s transaction commits: call it in
     * any transaction that changes what a token of the user may do (role, active, password).
     */
    void forgetUser(Handle h, String userId) {
        evictWithCommit(h, () -> cache.values().removeIf(c -> c.row().userId().equals(userId)));
    }

    /**
     * Evicts at once (a request from now on reads the database) and after the commit: a read that saw the database
     * before the commit either is removed then or, finishing later, is not cached at all.
     */
    private void evictWithCommit(Handle h, Runnable eviction) {
        Runnable evict = () -> {
            synchronized (cacheLock) {
                evictions++;
                eviction.run();
            }
        };
        evict.run();
        if (h.isInTransaction()) {
            h.afterCommit(evict);
        }
    }

    private TokenRepository.TokenRow cached(String tokenHash) {
        Cached hit = cache.get(tokenHash);
        if (hit == null) {
            return null;
        }
        if (ticker.getAsLong() - hit.readAt() >= CACHE_TIME.toNanos()) {
            cache.remove(tokenHash, hit);
            return null;
        }
        return hit.row();
    }

    private void remember(String tokenHash, TokenRepository.TokenRow row, long evictionsBefore) {
        synchronized (cacheLock) {
            if (evictions != evictionsBefore) {
                return;
            }
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(tokenHash, new Cached(row, ticker.getAsLong()));
        }
    }

    /** Deletes long-expired tokens, at most once an hour (called from login, so an idle server does nothing). */
    void purgeExpiredOccasionally() {
        Instant now = clock.instant();
        Instant last = lastPurge.get();
        if (last.isAfter(now.minus(PURGE_EVERY)) || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        int deleted = jdbi.withHandle(h -> tokens.deleteExpiredBefore(h, now.minus(KEEP_EXPIRED)));
        if (deleted > 0) {
            log.debug("Deleted {} expired tokens", deleted);
        }
    }

    /** SHA-256 of the token text, lower-case hex: the only form stored. */
    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static ApiException invalid() {
        return ApiException.unauthorized("unauthorized", "Log in first (the token is missing, unknown or revoked).");
    }
}
