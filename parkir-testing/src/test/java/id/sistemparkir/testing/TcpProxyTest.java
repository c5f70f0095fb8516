package id.sistemparkir.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TcpProxyTest {
    private EchoServer echo;
    private TcpProxy proxy;

    @BeforeEach
    void start() throws IOException {
        echo = new EchoServer();
        proxy = TcpProxy.start("127.0.0.1", echo.port());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void forwardsBothWays() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "halo");
            assertThat(receive(socket, 4)).isEqualTo("halo");
            send(socket, "parkir");
            assertThat(receive(socket, 6)).isEqualTo("parkir");
        }
        assertThat(proxy.host()).isEqualTo("127.0.0.1");
        assertThat(proxy.port()).isPositive().isNotEqualTo(echo.port());
    }

    @Test
    void stallHoldsBytesUntilRestore() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "a");
            assertThat(receive(socket, 1)).isEqualTo("a");

            proxy.stall();
            send(socket, "held");
            assertThatThrownBy(() -> receive(socket, 4)).isInstanceOf(SocketTimeoutException.class);

            proxy.restore();
            assertThat(receive(socket, 4)).isEqualTo("held");
        }
    }

    @Test
    void stallAlsoHangsNewConnections() throws IOException {
        proxy.stall();
        try (Socket socket = connect()) { // the TCP connection itself is accepted...
            send(socket, "x");
            // ...but nothing comes back
            assertThatThrownBy(() -> receive(socket, 1)).isInstanceOf(SocketTimeoutException.class);
            proxy.restore();
            assertThat(receive(socket, 1)).isEqualTo("x");
        }
    }

    @Test
    void holdAnswersDeliversRequestsButHoldsTheAnswersUntilRestore() throws Exception {
        try (Socket socket = connect()) {
            proxy.holdAnswers();
            send(socket, "sent");
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (echo.received() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(echo.received()).isEqualTo(4); // the request arrived...
            assertThatThrownBy(() -> receive(socket, 4)).isInstanceOf(SocketTimeoutException.class); // ...no answer

            proxy.restore();
            assertThat(receive(socket, 4)).isEqualTo("sent");
        }
    }

    @Test
    void retargetSendsNewConnectionsToTheNewTarget() throws IOException {
        try (EchoServer other = new EchoServer()) {
            proxy.retarget("127.0.0.1", other.port());
            try (Socket socket = connect()) {
                send(socket, "moved");
                assertThat(receive(socket, 5)).isEqualTo("moved");
            }
            assertThat(other.received()).isEqualTo(5);
            assertThat(echo.received()).isZero();
        }
    }

    @Test
    void cutClosesOpenConnectionsAndRefusesNewOnesUntilRestore() throws IOException {
        try (Socket open = connect()) {
            send(open, "1");
            assertThat(receive(open, 1)).isEqualTo("1");

            proxy.cut();
            assertConnectionEnds(open);
        }
        try (Socket during = connect()) {
            assertConnectionEnds(during);
        }

        proxy.restore();
        try (Socket after = connect()) {
            send(after, "back");
            assertThat(receive(after, 4)).isEqualTo("back");
        }
    }

    @Test
    void closeEndsConnectionsAndStopsListening() throws Exception {
        int port = proxy.port();
        Thread acceptor = proxyThread("tcp-proxy-" + port + "-accept");
        try (Socket socket = connect()) {
            proxy.close();
            assertConnectionEnds(socket);
        }
        acceptor.join(2_000);
        assertThat(acceptor.isAlive()).isFalse();
        assertThat(proxy.openConnections()).isZero();
        assertNotForwarded(port);
    }

    @Test
    void threadsAreNamedDaemons() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "t");
            receive(socket, 1);
            assertThat(Thread.getAllStackTraces().keySet())
                    .filteredOn(t -> t.getName().startsWith("tcp-proxy-" + proxy.port() + "-"))
                    .extracting(Thread::getName)
                    .contains("tcp-proxy-" + proxy.port() + "-accept")
                    .anyMatch(name -> name.endsWith("-up"))
                    .anyMatch(name -> name.endsWith("-down"));
            assertThat(Thread.getAllStackTraces().keySet())
                    .filteredOn(t -> t.getName().startsWith("tcp-proxy-"))
                    .allMatch(Thread::isDaemon);
        }
    }

    private static Thread proxyThread(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Nothing is forwarded from {@code port}: normally the connection is refused. (On a busy machine another
     * process may have bound the freed port meanwhile; it does not echo our byte back.)
     */
    private static void assertNotForwarded(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(300);
            send(socket, "z");
            assertThat(socket.getInputStream().read()).isNotEqualTo('z');
        } catch (ConnectException | SocketTimeoutException expected) {
            // refused (the normal case) or not answered
        } catch (IOException reset) {
            // reset by whoever holds the port now
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(proxy.host(), proxy.port());
        socket.setSoTimeout(300);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    private static String receive(Socket socket, int length) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] bytes = in.readNBytes(length);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The peer reset or ended the connection: a read sees end of stream or a reset, not a timeout. */
    private static void assertConnectionEnds(Socket socket) {
        try {
            socket.setSoTimeout(2_000);
            send(socket, "?"); // may already fail with a reset
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("connection still open after cut", e);
        } catch (IOException expected) {
            // connection reset: ended
        }
    }
}
