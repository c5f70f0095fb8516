package id.sistemparkir.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One lane transaction makes several calls; against a hung server the operator must wait for one timeout only. */
class AuthSessionFailFastTest {

    @Test
    void afterOneTimeoutTheNextCallsAnswerAtOnceUntilTheServerIsSeenAgain() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket hung = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(hung.accept()); // accepts and never answers
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            ServerEndpoint endpoint = ServerEndpoint.of("http://127.0.0.1:" + hung.getLocalPort())
                    .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(600));
            AuthSession session = new AuthSession(new ServerApi(endpoint), "operator", "secret-password", "IN1");

            long first = timeMillis(() -> assertThat(session.login()).isInstanceOf(ApiResult.Unavailable.class));
            long second = timeMillis(
                    () -> assertThat(session.call(ServerApi::tariffs)).isInstanceOf(ApiResult.Unavailable.class));
            session.serverReachable();
            long third = timeMillis(
                    () -> assertThat(session.call(ServerApi::tariffs)).isInstanceOf(ApiResult.Unavailable.class));

            assertThat(first).isGreaterThanOrEqualTo(500);
            assertThat(second).isLessThan(100);
            assertThat(third).isGreaterThanOrEqualTo(500);
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private static long timeMillis(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
