package id.sistemparkir.server.settings;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * How long an exit may wait for an entry the server never saw before it is overdue: the back office's setting
 * {@code pendingExitMinutes} when saved, else the server's start-up default ({@code --pending-exit-alert-after}).
 * One limit for the listing, the realtime announcement, the money to check and the alert.
 */
public final class PendingExitLimit implements Supplier<Duration> {

    static final int MIN_MINUTES = 1;
    static final int MAX_MINUTES = 7 * 24 * 60;

    private final Jdbi jdbi;
    private final Duration fallback;

    public PendingExitLimit(Jdbi jdbi, Duration fallback) {
        this.jdbi = jdbi;
        this.fallback = fallback;
    }

    @Override
    public Duration get() {
        Optional<String> stored =
                jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM settings WHERE setting_key = :key")
                        .bind("key", SettingsService.PENDING_EXIT)
                        .mapTo(String.class)
                        .findOne());
        return stored.flatMap(PendingExitLimit::minutes)
                .map(Duration::ofMinutes)
                .orElse(fallback);
    }

    /** The fallback as the setting shows it, in whole minutes within the setting's range. */
    static int defaultMinutes(Duration fallback) {
        return (int) Math.max(MIN_MINUTES, Math.min(MAX_MINUTES, fallback.toMinutes()));
    }

    private static Optional<Integer> minutes(String text) {
        try {
            int value = Integer.parseInt(text.trim());
            return value >= MIN_MINUTES && value <= MAX_MINUTES ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
