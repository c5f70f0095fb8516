package id.sistemparkir.desktop.lane;

import id.sistemparkir.client.LiveOptions;
import id.sistemparkir.client.i18n.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the windows of one process are set up (from the command line: {@code parkir in --server URL --station CODE
 * --data-dir DIR --lang en}).
 *
 * @param serverUrl the server the login dialog proposes (it remembers the last one used)
 * @param dataRoot where stations keep their data, {@code <dataRoot>/<station>} unless {@code dataDir} is given
 * @param dataDir this station's data folder, or {@code null} for {@code <dataRoot>/<station>}
 * @param station the station code, or {@code null} for the app's default (IN1, OUT1)
 */
public record DesktopOptions(
        String serverUrl,
        Path dataRoot,
        Path dataDir,
        String station,
        Language language,
        ZoneId zone,
        String siteName,
        LiveOptions live,
        Clock clock) {

    public DesktopOptions {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(dataRoot, "dataRoot");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(clock, "clock");
    }

    public String stationOr(String fallback) {
        return station == null || station.isBlank() ? fallback : station;
    }

    public Path dataDirFor(String stationCode) {
        return dataDir != null ? dataDir : dataRoot.resolve(stationCode);
    }

    /** The same options for another station (the main menu opens ParkingIN and ParkingOut side by side). */
    public DesktopOptions forStation(String stationCode, Path stationDataDir) {
        return new DesktopOptions(
                serverUrl, dataRoot, stationDataDir, stationCode, language, zone, siteName, live, clock);
    }
}
