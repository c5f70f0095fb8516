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
 * Slows down password guessing: after {@value #DEFAULT_MAX_FAILURES} failed attempts for one username within five
 * minutes, further attempts for that username are refused with 429 {@code too_many_attempts} until the oldest of
 * them leaves the window (a sliding window, by the injected clock).
 *
 * <p>An attempt counts as a failure from the moment it starts and is taken back when it succeeds, so a burst of
 * parallel guesses cannot all slip in before the first one is judged.
 *
 * <p>In memory and per node, on purpose: it needs no table, and an attacker spreading guesses over several nodes
 * still meets a small multiple of the limit. The map is bounded: when full, the username whose last failure is
 * oldest is forgotten first.
 */
final class LoginThrottle {

    static final int DEFAULT_MAX_FAILURES = 5;
    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    LoginThrottle(Clock clock) {
        this(DEFAULT_MAX_FAILURES, DEFAULT_WINDOW, clock);
    }

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** An attempt handle: call {@link #succeeded()} when the password was right. */
    interface Attempt {
        void succeeded();
    }

    /**
     * Starts an attempt for {@code key} (a normalised username), counting it as a failure until it succeeds.
     *
     * @throws ApiException 429 {@code too_many_attempts} when the key has used up its attempts for now
     */
    synchronized Attempt begin(String key) {
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(recent, now);
        if (recent.size() >= maxFailures) {
            long millis = Duration.between(now, recent.peekFirst().plus(window)).toMillis();
            long seconds = Math.max(1, (millis + 999) / 1000);
            throw new ApiException(
                    429,
                    "too_many_attempts",
                    "Too many failed logins for this user; try again in " + seconds
                            + (seconds == 1 ? " second." : " seconds."));
        }
        recent.addLast(now);
        makeRoom();
        return () -> forget(key);
    }

    /** A success clears the earlier failures too: whoever is at the keyboard knows the password. */
    private synchronized void forget(String key) {
        failures.remove(key);
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant oldestKept = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldestKept)) {
            recent.removeFirst();
        }
    }

    private void makeRoom() {
        if (failures.size() <= MAX_TRACKED) {
            return;
        }
        Instant now = clock.instant();
        failures.values().forEach(recent -> prune(recent, now));
        failures.values().removeIf(Deque::isEmpty);
        while (failures.size() > MAX_TRACKED) {
            failures.entrySet().stream()
                    .min(Comparator.comparing((Map.Entry<String, Deque<Instant>> e) ->
                            e.getValue().peekLast()))
                    .ifPresent(oldest -> failures.remove(oldest.getKey()));
        }
    }
}
