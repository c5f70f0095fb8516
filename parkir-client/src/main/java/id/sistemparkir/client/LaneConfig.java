package id.sistemparkir.client;

import id.sistemparkir.client.login.OfflineLogins;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One lane station's configuration: where the server is, where its local data lives (offline_data, Images, logs,
 * caches), who it is, and who logs in. The password stays in memory only. {@code offlineLoginDays}: how long after
 * an operator's last successful online login at this station they may still log in here offline.
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
        String app,
        int offlineLoginDays) {

    /** With offline logins valid {@value OfflineLogins#DEFAULT_DAYS} days. */
    public LaneConfig(
            String serverUrl,
            Path dataDir,
            String station,
            String gate,
            String siteName,
            ZoneId zone,
            String username,
            String password,
            String app) {
        this(serverUrl, dataDir, station, gate, siteName, zone, username, password, app, OfflineLogins.DEFAULT_DAYS);
    }

    public LaneConfig {
        if (offlineLoginDays < 1 || offlineLoginDays > 365) {
            throw new IllegalArgumentException("offline logins must be valid 1-365 days, was " + offlineLoginDays);
        }
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
