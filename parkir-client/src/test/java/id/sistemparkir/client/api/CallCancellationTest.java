package id.sistemparkir.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.testing.TcpProxy;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A call a person cancels ends as cancelled, never as "server unavailable" (which would price offline). */
class CallCancellationTest {

    private ServerFixture server;
    private TcpProxy proxy;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @BeforeEach
    void start() throws IOException {
        server = ServerFixture.start();
        proxy = TcpProxy.start("127.0.0.1", server.port());
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
        proxy.close();
        server.close();
    }

    @Test
    void interruptingAWaitingCallCancelsIt() throws Exception {
        ServerApi api = new ServerApi(ServerEndpoint.of("http://127.0.0.1:" + proxy.port()));
        assertThat(api.login(ServerFixture.ADMIN, ServerFixture.PASSWORD, null).isOk())
                .isTrue();
        proxy.stall();
        AtomicReference<Object> outcome = new AtomicReference<>();
        CompletableFuture<Void> started = new CompletableFuture<>();

        Future<?> call = worker.submit(() -> {
            started.complete(null);
            try {
                outcome.set(api.tariffs());
            } catch (CallCancelledException e) {
                outcome.set(e);
            }
        });
        started.get(5, TimeUnit.SECONDS);
        Thread.sleep(200); // let the request reach the stalled proxy
        call.cancel(true);
        worker.shutdown();

        assertThat(worker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcome.get()).isInstanceOf(CallCancelledException.class);
    }
}
