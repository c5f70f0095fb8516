package id.sistemparkir.client;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One lane station's configuration: where the server is, where its local data lives (offline_data, Images, logs,
 * caches), who it is, and who logs in. The password stays in memory only.
 */
public record LaneConfig(
        String serverUrl,
        Path dataDir,
        String station,
        String gate,
        String siteName,
        ZoneId zone,
        String username,
        String password,
        String app) {

    public LaneConfig {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(zone, "zone");
    }

    @Override
    public String toString() {
        return "LaneConfig[server=" + serverUrl + ", dataDir=" + dataDir + ", station=" + station + ", gate=" + gate
                + ", user=" + username + ", app=" + app + "]";
    }
}
