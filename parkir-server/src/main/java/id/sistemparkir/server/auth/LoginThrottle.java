package id.sistemparkir.server.auth;

import id.sistemparkir.server.http.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows down password guessing without locking out the owner (decision 0014). Only failures count, on two keys: a
 * username <em>from one client address</em> ({@value #DEFAULT_USER_FAILURES} failures in the window) and a client
 * address over all usernames ({@value #DEFAULT_ADDRESS_FAILURES}; password spraying). Past its budget a key must wait
 * before its next attempt, and the wait doubles with every further failure (from {@link #FIRST_DELAY} up to {@link
 * #MAX_DELAY}); an attempt during the wait gets 429 {@code too_many_attempts}. The owner logging in from another
 * address (another lane, the office) is not slowed at all, and a success clears that user's failures from that
 * address. Tokens already issued are never touched.
 *
 * <p>Parallel guesses cannot slip past the budget: attempts being judged are counted with the failures, and one that
 * would go over waits (briefly) for them to be judged instead of being refused, so simultaneous correct logins of
 * lanes sharing an account all get in.
 *
 * <p>In memory and per node, on purpose: it needs no table. The map is bounded: when full, the key whose last failure
 * is oldest is forgotten first.
 */
final class LoginThrottle {

    static final int DEFAULT_USER_FAILURES = 5;
    static final int DEFAULT_ADDRESS_FAILURES = 100;
    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** How long an attempt waits for the ones in flight before it is refused; real time, a thread waits. */
    static final long MAX_WAIT_MILLIS = 10_000;

    private static final int MAX_TRACKED = 20_000;

    private final int userFailures;
    private final int addressFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, KeyState> keys = new HashMap<>();

    LoginThrottle(Clock clock) {
        this(DEFAULT_USER_FAILURES, DEFAULT_ADDRESS_FAILURES, DEFAULT_WINDOW, clock);
    }

    LoginThrottle(int userFailures, int addressFailures, Duration window, Clock clock) {
        this.userFailures = userFailures;
        this.addressFailures = addressFailures;
        this.window = window;
        this.clock = clock;
    }

    /** An attempt being judged: one of {@link #succeeded()}, {@link #failed()}, {@link #abandoned()} must follow. */
    interface Attempt {
        void succeeded();

        void failed();

        /** Could not be judged (the database failed): counts neither way. */
        void abandoned();
    }

    /**
     * Starts an attempt for {@code username} (normalised) from {@code address}.
     *
     * @throws ApiException 429 {@code too_many_attempts} while one of its keys must wait
     */
    synchronized Attempt begin(String username, String address) {
        String userKey = "user:" + username + "@" + address;
        String addressKey = "address:" + address;
        long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
        while (true) {
            Instant now = clock.instant();
            KeyState user = state(userKey, now);
            KeyState from = state(addressKey, now);
            refuseWhileWaiting(user, userFailures, now, "for this user from your address");
            refuseWhileWaiting(from, addressFailures, now, "from your address");
            boolean full = user.failures.size() + user.inFlight >= userFailures
                    || from.failures.size() + from.inFlight >= addressFailures;
            if (!full || (user.inFlight == 0 && from.inFlight == 0)) {
                user.inFlight++;
                from.inFlight++;
                makeRoom(now);
                return new Judged(userKey, addressKey);
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw tooMany(Duration.ofSeconds(1), "for this user from your address");
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw tooMany(Duration.ofSeconds(1), "for this user from your address");
            }
        }
    }

    private final class Judged implements Attempt {
        private final String userKey;
        private final String addressKey;
        private boolean done;

        Judged(String userKey, String addressKey) {
            this.userKey = userKey;
            this.addressKey = addressKey;
        }

        @Override
        public void succeeded() {
            synchronized (LoginThrottle.this) {
                if (finish()) {
                    keys.remove(userKey); // whoever is at this keyboard knows the password
                }
            }
        }

        @Override
        public void failed() {
            synchronized (LoginThrottle.this) {
                if (finish()) {
                    Instant now = clock.instant();
                    state(userKey, now).failures.addLast(now);
                    state(addressKey, now).failures.addLast(now);
                }
            }
        }

        @Override
        public void abandoned() {
            synchronized (LoginThrottle.this) {
                finish();
            }
        }

        private boolean finish() {
            if (done) {
                return false;
            }
            done = true;
            KeyState user = keys.get(userKey);
            if (user != null) {
                user.inFlight--;
            }
            KeyState from = keys.get(addressKey);
            if (from != null) {
                from.inFlight--;
            }
            LoginThrottle.this.notifyAll();
            return true;
        }
    }

    /** Failures in the window and attempts being judged, for one key. */
    private static final class KeyState {
        final Deque<Instant> failures = new ArrayDeque<>();
        int inFlight;
    }

    private KeyState state(String key, Instant now) {
        KeyState state = keys.computeIfAbsent(key, k -> new KeyState());
        prune(state, now);
        return state;
    }

    private void refuseWhileWaiting(KeyState state, int budget, Instant now, String scope) {
        int over = state.failures.size() - budget;
        if (over < 0) {
            return;
        }
        Instant allowedAt = state.failures.peekLast().plus(delay(over));
        if (now.isBefore(allowedAt)) {
            throw tooMany(Duration.between(now, allowedAt), scope);
        }
    }

    /** The wait after the budget plus {@code over} failures: 30 s, 60 s, 2 min, ... at most 15 min. */
    static Duration delay(int over) {
        if (over >= 30) {
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << over);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static ApiException tooMany(Duration wait, String scope) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ApiException(
                429,
                "too_many_attempts",
                "Too many failed logins " + scope + "; try again in " + seconds
                        + (seconds == 1 ? " second." : " seconds."));
    }

    private void prune(KeyState state, Instant now) {
        Instant oldestKept = now.minus(window);
        while (!state.failures.isEmpty() && !state.failures.peekFirst().isAfter(oldestKept)) {
            state.failures.removeFirst();
        }
    }

    private void makeRoom(Instant now) {
        if (keys.size() <= MAX_TRACKED) {
            return;
        }
        keys.values().forEach(state -> prune(state, now));
        keys.values().removeIf(state -> state.failures.isEmpty() && state.inFlight == 0);
        while (keys.size() > MAX_TRACKED) {
            keys.entrySet().stream()
                    .filter(e -> e.getValue().inFlight == 0)
                    .min(Comparator.comparing((Map.Entry<String, KeyState> e) ->
                            e.getValue().failures.peekLast()))
                    .ifPresentOrElse(oldest -> keys.remove(oldest.getKey()), keys::clear);
        }
    }
}
