package id.sistemparkir.client;

import id.sistemparkir.client.connection.ConnectionMonitor;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a lane's live side.
 *
 * @param probeInterval how often the connection indicator probes the server's health (10 s by default)
 * @param autoSync sync by itself when the connection returns with records waiting; off by default, as the seed asks
 *     the operator first ("N data offline — Sinkronkan sekarang / Nanti")
 */
public record LiveOptions(Duration probeInterval, boolean autoSync) {

    public static final LiveOptions DEFAULT = new LiveOptions(ConnectionMonitor.DEFAULT_INTERVAL, false);

    public LiveOptions {
        Objects.requireNonNull(probeInterval, "probeInterval");
    }

    public LiveOptions withAutoSync(boolean value) {
        return new LiveOptions(probeInterval, value);
    }

    public LiveOptions withProbeInterval(Duration value) {
        return new LiveOptions(value, autoSync);
    }
}
