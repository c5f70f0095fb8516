package id.sistemparkir.app.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * The one default folder for everything a machine keeps (decision 0025): {@code PARKIR_HOME}, else the user's
 * application-data folder ({@code %LOCALAPPDATA%\SistemParkir} on Windows, {@code ~/.local/share/sistem-parkir}
 * elsewhere). Never the working directory, so a command run from another folder finds the same lane.
 */
record DataHome(Path root) {

    static DataHome current() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static DataHome resolve(Map<String, String> env, String osName, String userHome) {
        String home = env.get("PARKIR_HOME");
        if (home != null && !home.isBlank()) {
            return new DataHome(Path.of(home).toAbsolutePath());
        }
        if (osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return new DataHome(base.resolve("SistemParkir").toAbsolutePath());
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return new DataHome(base.resolve("sistem-parkir").toAbsolutePath());
    }

    Path server() {
        return root.resolve("server");
    }

    Path station(String station) {
        return root.resolve(station);
    }

    Path logs() {
        return root.resolve("logs");
    }
}
