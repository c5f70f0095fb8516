package id.sistemparkir.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerEndpointTest {

    @Test
    void ofUsesShortDefaultTimeouts() {
        ServerEndpoint endpoint = ServerEndpoint.of("http://localhost:8181");

        assertThat(endpoint.baseUrl()).isEqualTo(URI.create("http://localhost:8181"));
        assertThat(endpoint.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(endpoint.requestTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void resolvesPathsUnderTheBaseUrlWithoutDoubleSlashes() {
        ServerEndpoint endpoint = ServerEndpoint.of(" http://10.0.0.5:8181/ ");

        assertThat(endpoint.resolve("/api/v1/health")).isEqualTo(URI.create("http://10.0.0.5:8181/api/v1/health"));
        assertThat(ServerEndpoint.of("https://parkir.example.id/gate/").resolve("/api/v1/health"))
                .isEqualTo(URI.create("https://parkir.example.id/gate/api/v1/health"));
        assertThatThrownBy(() -> endpoint.resolve("api/v1/health")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWebSocketUriFollowsTheScheme() {
        assertThat(ServerEndpoint.of("http://localhost:8181").webSocketUri())
                .isEqualTo(URI.create("ws://localhost:8181/ws"));
        assertThat(ServerEndpoint.of("https://parkir.example.id").webSocketUri())
                .isEqualTo(URI.create("wss://parkir.example.id/ws"));
        assertThat(ServerEndpoint.of("HTTPS://parkir.example.id:8443/gate").webSocketUri())
                .isEqualTo(URI.create("wss://parkir.example.id:8443/gate/ws"));
    }

    @Test
    void refusesWhatIsNotAServerUrl() {
        assertThatThrownBy(() -> ServerEndpoint.of("localhost:8181")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerEndpoint.of("ftp://localhost")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerEndpoint.of("http://localhost:8181/?a=b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerEndpoint.of("http://user:secret@localhost:8181"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secret");
        assertThatThrownBy(
                        () -> ServerEndpoint.of("http://localhost").withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
