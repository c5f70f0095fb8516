package id.sistemparkir.app.cli;

import id.sistemparkir.app.desktop.Display;
import id.sistemparkir.client.LiveOptions;
import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.desktop.lane.DesktopOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** Options of the window commands ({@code parkir}, {@code parkir in}, {@code parkir out}), DESIGN §3. */
final class DesktopOptionsMixin {

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "Server URL the login proposes (default ${DEFAULT-VALUE}).",
            defaultValue = "${env:PARKIR_SERVER:-http://localhost:8181}")
    String server;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Station data directory (default <PARKIR_HOME>/<station>).")
    Path dataDir;

    @Option(
            names = "--station",
            paramLabel = "CODE",
            description = "Station code (default IN1 for ParkingIN, OUT1 for ParkingOut).")
    String station;

    @Option(names = "--lang", paramLabel = "id|en", description = "Language (default PARKIR_LANG, else Indonesian).")
    String lang;

    @Option(
            names = "--zone",
            defaultValue = "Asia/Jakarta",
            converter = ZoneConverter.class,
            description = "Local time zone (default ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(
            names = "--auto-sync",
            description = "Synchronise by itself when the connection returns (default: ask the operator first).")
    boolean autoSync;

    DesktopOptions options() {
        return new DesktopOptions(
                server,
                DataHome.current().root(),
                dataDir,
                station,
                Language.resolve(lang, System.getenv()),
                zone,
                "Sistem Parkir Modern",
                LiveOptions.DEFAULT.withAutoSync(autoSync),
                Clock.systemUTC());
    }

    /** One line and exit status 1 when windows cannot be shown here. */
    static boolean displayMissing(java.io.PrintWriter err) {
        if (Display.available(System.getenv(), System.getProperty("os.name", ""))) {
            return false;
        }
        err.println("parkir: no display found (DISPLAY is not set), so no window can open; run the server headless with"
                + " `parkir server`");
        return true;
    }
}
