package id.sistemparkir.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A lane call is cut short only when the server is silent: one that answers its health, however slow the call
 * itself, keeps the whole request budget.
 */
class SilentServerCheckTest {

    /** Longer than the check takes to decide, shorter than the 2 s budget. */
    private static final long SLOW_CALL_MILLIS = 1_300;

    private HttpServer server;
    private final AtomicInteger healthAsked = new AtomicInteger();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aSlowCallOfAServerThatAnswersItsHealthGetsItsAnswer() throws IOException {
        start(false);
        ServerApi api = new ServerApi(
                ServerEndpoint.of("http://127.0.0.1:" + server.getAddress().getPort()));

        ApiResult<?> tariffs = api.tariffs();

        assertThat(tariffs).as("%s", tariffs).isInstanceOf(ApiResult.Ok.class);
        assertThat(healthAsked).as("the slow call made the check ask").hasPositiveValue();
    }

    @Test
    void aSlowCallOfAServerWhoseHealthIsSilentEndsAsUnavailable() throws IOException {
        start(true);
        ServerApi api = new ServerApi(
                ServerEndpoint.of("http://127.0.0.1:" + server.getAddress().getPort()));

        ApiResult<?> tariffs = api.tariffs();

        assertThat(tariffs)
                .isInstanceOfSatisfying(ApiResult.Unavailable.class, unavailable -> assertThat(unavailable.reason())
                        .contains("does not answer"));
    }

    @Test
    void callsWithALongerBudgetThanTheLanesAreNotWatched() throws IOException {
        start(true);
        ServerApi api = new ServerApi(
                ServerEndpoint.of("http://127.0.0.1:" + server.getAddress().getPort())
                        .withTimeouts(ServerEndpoint.DEFAULT_CONNECT_TIMEOUT, java.time.Duration.ofMillis(900)));

        ApiResult<?> tariffs = api.tariffs();

        assertThat(tariffs)
                .isInstanceOfSatisfying(ApiResult.Unavailable.class, unavailable -> assertThat(unavailable.reason())
                        .contains("no answer")
                        .doesNotContain("does not answer"));
        assertThat(healthAsked).hasValue(0);
    }

    private void start(boolean healthSilent) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/v1/health", exchange -> {
            healthAsked.incrementAndGet();
            if (healthSilent) {
                sleep(5_000);
            }
            answer(exchange, "{\"status\":\"UP\"}");
        });
        server.createContext("/api/v1/tariffs", exchange -> {
            sleep(SLOW_CALL_MILLIS);
            answer(exchange, "[]");
        });
        server.start();
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
