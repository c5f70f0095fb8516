package id.sistemparkir.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.contract.HealthResponse;
import id.sistemparkir.testing.TcpProxy;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A dead or hung server never holds a lane longer than the request timeout (DESIGN §8), and a silent one (accepts, never
 * answers) not longer than {@link SilentServerCheck} takes to notice.
 */
class ServerApiFaultTest {

    private static final Duration REQUEST_TIMEOUT = ServerEndpoint.DEFAULT_REQUEST_TIMEOUT;
    private static final Duration SLACK = Duration.ofMillis(500);

    private ServerFixture server;
    private TcpProxy proxy;

    @BeforeEach
    void start() throws IOException {
        server = ServerFixture.start();
        proxy = TcpProxy.start("127.0.0.1", server.port());
    }

    @AfterEach
    void stop() {
        proxy.close();
        server.close();
    }

    @Test
    void aStoppedServerIsUnavailableAtOnce() {
        ServerApi api = server.loggedInApi();
        server.stop();

        Timed<ApiResult<?>> tariffs = timed(api::tariffs);
        Timed<ApiResult<?>> entry = timed(() -> api.postEntry(ServerFixture.newEntry()));

        assertThat(tariffs.result()).isInstanceOf(ApiResult.Unavailable.class);
        assertThat(entry.result()).isInstanceOf(ApiResult.Unavailable.class);
        assertThat(tariffs.took()).isLessThan(REQUEST_TIMEOUT);
        assertThat(entry.took()).isLessThan(REQUEST_TIMEOUT);
    }

    @Test
    void aStalledServerIsUnavailableAsSoonAsItsHealthIsSilentToo() {
        ServerApi api = new ServerApi(ServerEndpoint.of("http://127.0.0.1:" + proxy.port()));
        assertThat(api.login(ServerFixture.ADMIN, ServerFixture.PASSWORD, null).isOk())
                .isTrue();
        proxy.stall();

        Timed<ApiResult<?>> entry = timed(() -> api.postEntry(ServerFixture.newEntry()));
        Timed<ApiResult<?>> health = timed(api::health);

        assertThat(entry.result())
                .isInstanceOfSatisfying(ApiResult.Unavailable.class, unavailable -> assertThat(unavailable.reason())
                        .contains("does not answer"));
        Duration silenceNoticed = SilentServerCheck.ASK_AFTER.plus(SilentServerCheck.PATIENCE);
        assertThat(entry.took()).isBetween(silenceNoticed.minusMillis(100), silenceNoticed.plus(SLACK));
        assertThat(health.result())
                .isInstanceOfSatisfying(ApiResult.Unavailable.class, unavailable -> assertThat(unavailable.reason())
                        .contains("no answer"));
        assertThat(health.took()).isLessThan(REQUEST_TIMEOUT.plus(SLACK));

        proxy.restore();
        ApiResult<HealthResponse> after = api.health();
        assertThat(after.isOk()).as("after restore: %s", after).isTrue();
    }

    @Test
    void aCutConnectionIsUnavailableAtOnce() {
        ServerApi api = new ServerApi(ServerEndpoint.of("http://127.0.0.1:" + proxy.port()));
        api.login(ServerFixture.ADMIN, ServerFixture.PASSWORD, null);
        proxy.cut();

        Timed<ApiResult<?>> tariffs = timed(api::tariffs);

        assertThat(tariffs.result()).isInstanceOf(ApiResult.Unavailable.class);
        assertThat(tariffs.took()).isLessThan(REQUEST_TIMEOUT);
    }

    private static <T> Timed<T> timed(Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        return new Timed<>(result, Duration.ofNanos(System.nanoTime() - start));
    }

    private record Timed<T>(T result, Duration took) {}
}
