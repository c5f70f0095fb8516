package id.sistemparkir.app.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** Which station's folder a command works on, and how it answers: the options of every lane command. */
final class StationOptions {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Lane data directory (default <PARKIR_HOME>/<station>; PARKIR_HOME, see `parkir --help`).")
    Path dataDir;

    @Option(
            names = "--station",
            paramLabel = "CODE",
            description = "Station code (default ${DEFAULT-VALUE}).",
            defaultValue = "${env:PARKIR_STATION:-LANE1}")
    String station;

    @Option(
            names = "--zone",
            defaultValue = "Asia/Jakarta",
            converter = ZoneConverter.class,
            description = "Local time zone (default ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--json", description = "Machine output (JSON); an error is {\"error\",\"message\",\"exitCode\"}.")
    boolean json;

    @Option(
            names = "--lang",
            paramLabel = "id|en",
            description = "Language of the output (default PARKIR_LANG, else id).")
    String lang;

    /** The station's folder, absolute; picks the output language first, as every command starts here. */
    Path resolveDataDir() {
        LaneText.use(lang, System.getenv());
        return dataDir != null ? dataDir.toAbsolutePath() : DataHome.current().station(station);
    }
}
