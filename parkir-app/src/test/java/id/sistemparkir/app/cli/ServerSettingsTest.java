package id.sistemparkir.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.server.config.Housekeeping;
import id.sistemparkir.server.config.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSettingsTest {

    @TempDir
    Path dataDir;

    private static ServerSettings.Flags flags(Integer port, String url, Path dataDir) {
        return new ServerSettings.Flags(port, url, null, null, dataDir);
    }

    @Test
    void defaultsAreTheEmbeddedDatabaseOnPort8181() {
        ServerConfig config = ServerSettings.resolve(flags(null, null, dataDir), Map.of());

        assertThat(config.port()).isEqualTo(8181);
        assertThat(config.database().jdbcUrl()).startsWith("jdbc:h2:file:").contains(dataDir.toString());
        assertThat(config.initialAdminPassword()).isEmpty();
    }

    @Test
    void flagsWinOverEnvironmentWhichWinsOverTheFile() throws Exception {
        Files.writeString(
                dataDir.resolve("server.properties"),
                "port=7000\ndb.url=jdbc:mariadb://file-host/parkir\ndb.user=fromfile\ndb.password=filesecret\n");

        ServerConfig fileOnly = ServerSettings.resolve(flags(null, null, dataDir), Map.of());
        ServerConfig envOverFile = ServerSettings.resolve(
                flags(null, null, dataDir),
                Map.of("PARKIR_PORT", "7001", "PARKIR_DB_URL", "jdbc:mariadb://env-host/parkir"));
        ServerConfig flagOverEnv = ServerSettings.resolve(
                flags(7002, "jdbc:mysql://flag-host/parkir", dataDir), Map.of("PARKIR_PORT", "7001"));

        assertThat(fileOnly.port()).isEqualTo(7000);
        assertThat(fileOnly.database().jdbcUrl()).isEqualTo("jdbc:mariadb://file-host/parkir");
        assertThat(fileOnly.database().user()).isEqualTo("fromfile");
        assertThat(envOverFile.port()).isEqualTo(7001);
        assertThat(envOverFile.database().jdbcUrl()).isEqualTo("jdbc:mariadb://env-host/parkir");
        assertThat(flagOverEnv.port()).isEqualTo(7002);
        assertThat(flagOverEnv.database().jdbcUrl()).isEqualTo("jdbc:mysql://flag-host/parkir");
        assertThat(flagOverEnv.describe()).doesNotContain("filesecret");
    }

    @Test
    void theAdminPasswordComesFromTheEnvironment() {
        ServerConfig config =
                ServerSettings.resolve(flags(null, null, dataDir), Map.of("PARKIR_ADMIN_PASSWORD", "S3cret-admin"));

        assertThat(config.initialAdminPassword()).hasValue("S3cret-admin");
        assertThat(config.describe()).doesNotContain("S3cret-admin");
    }

    @Test
    void badValuesAreRefusedWithAReason() {
        assertThatThrownBy(() -> ServerSettings.resolve(flags(null, null, dataDir), Map.of("PARKIR_PORT", "eighty")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eighty");
        assertThatThrownBy(() -> ServerSettings.resolve(flags(null, "postgres://x", dataDir), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mariadb:");
        assertThatThrownBy(() -> ServerSettings.resolve(flags(70000, null, dataDir), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
    }

    @Test
    void housekeepingComesFromFlagsThenEnvironmentThenFileElseDefaults() throws Exception {
        Files.writeString(
                dataDir.resolve("server.properties"),
                "pending-exit.alert-after=45m\nretention.request-ids=120d\nretention.sync-log=P365D\n");

        Housekeeping defaults = ServerSettings.resolve(flags(null, null, dataDir.resolve("elsewhere")), Map.of())
                .housekeeping();
        Housekeeping fromFile =
                ServerSettings.resolve(flags(null, null, dataDir), Map.of()).housekeeping();
        Housekeeping envOverFile = ServerSettings.resolve(
                        flags(null, null, dataDir), Map.of("PARKIR_PENDING_EXIT_ALERT_AFTER", "2h"))
                .housekeeping();
        Housekeeping flagOverEnv = ServerSettings.resolve(
                        flags(null, null, dataDir),
                        new HousekeepingSettings.Flags("10m", null, null, "7d"),
                        Map.of("PARKIR_PENDING_EXIT_ALERT_AFTER", "2h"))
                .housekeeping();

        assertThat(defaults).isEqualTo(Housekeeping.DEFAULTS);
        assertThat(defaults.pendingExitAlertAfter()).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.keepRequestIds()).isEqualTo(Duration.ofDays(90));
        assertThat(fromFile.pendingExitAlertAfter()).isEqualTo(Duration.ofMinutes(45));
        assertThat(fromFile.keepRequestIds()).isEqualTo(Duration.ofDays(120));
        assertThat(fromFile.keepSyncLog()).isEqualTo(Duration.ofDays(365));
        assertThat(envOverFile.pendingExitAlertAfter()).isEqualTo(Duration.ofHours(2));
        assertThat(flagOverEnv.pendingExitAlertAfter()).isEqualTo(Duration.ofMinutes(10));
        assertThat(flagOverEnv.keepEventLog()).isEqualTo(Duration.ofDays(7));
        assertThat(flagOverEnv.keepRequestIds()).isEqualTo(Duration.ofDays(120));
    }

    @Test
    void housekeepingValuesThatAreNotDurationsOrTooShortAreRefused() {
        assertThatThrownBy(() -> ServerSettings.resolve(
                        flags(null, null, dataDir), Map.of("PARKIR_PENDING_EXIT_ALERT_AFTER", "soon")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("soon")
                .hasMessageContaining("30m");
        assertThatThrownBy(() ->
                        ServerSettings.resolve(flags(null, null, dataDir), Map.of("PARKIR_KEEP_REQUEST_IDS", "1d")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("request id retention must be at least");
    }

    @Test
    void theTokenLifetimeIsASettingLikeTheOthers() throws Exception {
        assertThat(ServerSettings.resolve(flags(null, null, dataDir), Map.of()).tokenTtl())
                .isEqualTo(java.time.Duration.ofHours(12));
        Files.writeString(dataDir.resolve("server.properties"), "token.ttl=8h\n");
        assertThat(ServerSettings.resolve(flags(null, null, dataDir), Map.of()).tokenTtl())
                .isEqualTo(java.time.Duration.ofHours(8));
        assertThat(ServerSettings.resolve(flags(null, null, dataDir), Map.of("PARKIR_TOKEN_TTL", "90m"))
                        .tokenTtl())
                .isEqualTo(java.time.Duration.ofMinutes(90));
        ServerSettings.Flags flag = new ServerSettings.Flags(null, null, null, null, dataDir, "PT2H");
        assertThat(ServerSettings.resolve(flag, Map.of("PARKIR_TOKEN_TTL", "90m"))
                        .tokenTtl())
                .isEqualTo(java.time.Duration.ofHours(2));
        assertThat(ServerSettings.tokenTtl("2d")).isEqualTo(java.time.Duration.ofDays(2));
    }

    @Test
    void anAbsurdTokenLifetimeIsRefusedWithAClearMessage() {
        for (String bad : new String[] {"1m", "31d", "forever", "-5h", "PT0S"}) {
            assertThatThrownBy(() -> ServerSettings.tokenTtl(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("token lifetime");
        }
    }
}
