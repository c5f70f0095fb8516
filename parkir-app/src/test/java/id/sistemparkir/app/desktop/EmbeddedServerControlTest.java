package id.sistemparkir.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.desktop.menu.ServerControl;
import id.sistemparkir.server.config.ServerConfig;
import id.sistemparkir.server.db.DatabaseConfig;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main menu's Server: a real server in this process, its first password shown, stopped with the menu. */
class EmbeddedServerControlTest {

    @TempDir
    Path dataDir;

    @Test
    void startsTheServerShowsTheGeneratedAdminPasswordAndStops() throws Exception {
        EmbeddedServerControl control = new EmbeddedServerControl(
                () -> ServerConfig.of(0, DatabaseConfig.embeddedH2(dataDir), dataDir, Optional.empty()),
                Clock.systemUTC());

        ServerControl.Started started = control.start();
        try {
            assertThat(control.running()).isTrue();
            assertThat(started.database()).contains("h2");
            assertThat(started.initialAdminPassword())
                    .hasValueSatisfying(p -> assertThat(p).hasSize(20));
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(started.url() + "/api/v1/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(control.stations()).isEmpty();
            assertThatThrownBy(control::start).isInstanceOf(IllegalStateException.class);
        } finally {
            control.stop();
        }
        assertThat(control.running()).isFalse();
        assertThat(control.stations()).isEmpty();
    }

    @Test
    void aTakenPortIsAClearFailureBeforeAnythingIsCreated() throws Exception {
        Path serverDir = dataDir.resolve("server");
        try (ServerSocket taken = new ServerSocket(0)) {
            EmbeddedServerControl control = new EmbeddedServerControl(
                    () -> ServerConfig.of(
                            taken.getLocalPort(), DatabaseConfig.embeddedH2(serverDir), serverDir, Optional.empty()),
                    Clock.systemUTC());

            assertThatThrownBy(control::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " is in use");
            assertThat(control.running()).isFalse();
            // No database, signing key or admin password file for a server that never ran.
            assertThat(serverDir).doesNotExist();
        }
    }
}
