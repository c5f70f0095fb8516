package id.sistemparkir.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One default data folder per platform, never the working directory (decision 0025). */
class DataHomeTest {

    @Test
    void parkirHomeWinsEverywhere() {
        Path home = Path.of("/srv/parkir").toAbsolutePath();

        assertThat(DataHome.resolve(Map.of("PARKIR_HOME", home.toString()), "Linux", "/home/op")
                        .root())
                .isEqualTo(home);
        assertThat(DataHome.resolve(Map.of("PARKIR_HOME", home.toString()), "Windows 11", "C:\\Users\\op")
                        .station("LANE1"))
                .isEqualTo(home.resolve("LANE1"));
    }

    @Test
    void windowsUsesLocalAppData() {
        assertThat(DataHome.resolve(Map.of("LOCALAPPDATA", "/appdata"), "Windows 11", "/home/op")
                        .server())
                .isEqualTo(Path.of("/appdata", "SistemParkir", "server").toAbsolutePath());
        assertThat(DataHome.resolve(Map.of(), "Windows 10", "/home/op").root())
                .isEqualTo(
                        Path.of("/home/op", "AppData", "Local", "SistemParkir").toAbsolutePath());
    }

    @Test
    void elsewhereTheXdgDataFolder() {
        assertThat(DataHome.resolve(Map.of(), "Linux", "/home/op").root())
                .isEqualTo(Path.of("/home/op/.local/share/sistem-parkir").toAbsolutePath());
        assertThat(DataHome.resolve(Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", "/home/op")
                        .logs())
                .isEqualTo(Path.of("/xdg/sistem-parkir/logs").toAbsolutePath());
    }

    @Test
    void theServerDefaultsUnderParkirHome() {
        Path home = Path.of("/srv/parkir").toAbsolutePath();

        assertThat(ServerSettings.resolve(
                                new ServerSettings.Flags(null, null, null, null, null),
                                Map.of("PARKIR_HOME", home.toString()))
                        .dataDir())
                .isEqualTo(home.resolve("server"));
    }
}
