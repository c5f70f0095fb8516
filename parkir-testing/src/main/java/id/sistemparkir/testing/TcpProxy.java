package id.sistemparkir.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy for fault tests: listens on {@code 127.0.0.1:<ephemeral>} and forwards every connection
 * to a target, until told to misbehave.
 *
 * <ul>
 *   <li>{@link #cut()} resets every open connection and resets new ones as soon as they are accepted
 *       (a database that went away, a cable pulled);
 *   <li>{@link #stall()} keeps connections (old and new) open but forwards no byte in either direction,
 *       so clients hang until their own timeouts fire (a hung database, a black-holed network);
 *   <li>{@link #holdAnswers()} forwards what clients send but holds every answer (a half-stall: the request is
 *       carried out, its answer never arrives in time);
 *   <li>{@link #restore()} forwards again; bytes held back while stalled are delivered then.
 * </ul>
 *
 * {@link #retarget(String, int)} sends new connections elsewhere (a server restarted on another port).
 *
 * All threads are daemon threads named {@code tcp-proxy-<port>-...}.
 */
public final class TcpProxy implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TcpProxy.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private enum Mode {
        FORWARD,
        STALL,
        HALF_STALL,
        CUT,
        CLOSED
    }

    private volatile InetSocketAddress target;
    private final ServerSocket server;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connectionIds = new AtomicInteger();
    private final Object modeLock = new Object();
    private Mode mode = Mode.FORWARD; // guarded by modeLock

    private TcpProxy(InetSocketAddress target, ServerSocket server) {
        this.target = target;
        this.server = server;
    }

    /** Starts a proxy to {@code targetHost:targetPort}; it forwards from the moment this returns. */
    public static TcpProxy start(String targetHost, int targetPort) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        TcpProxy proxy = new TcpProxy(new InetSocketAddress(targetHost, targetPort), server);
        proxy.daemon("accept", proxy::acceptLoop).start();
        log.debug("TCP proxy 127.0.0.1:{} -> {} started", server.getLocalPort(), proxy.target);
        return proxy;
    }

    /** The host clients connect to: always the loopback address. */
    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    /** The port clients connect to. */
    public int port() {
        return server.getLocalPort();
    }

    /** Connections currently open through the proxy. */
    public int openConnections() {
        return links.size();
    }

    /** Resets every open connection; new connections are reset as soon as accepted, until {@link #restore()}. */
    public void cut() {
        setMode(Mode.CUT);
        closeAllLinks();
        log.debug("TCP proxy {} cut", port());
    }

    /** Stops forwarding in both directions; connections stay open and clients hang. */
    public void stall() {
        setMode(Mode.STALL);
        log.debug("TCP proxy {} stalled", port());
    }

    /** Forwards from clients to the target, holds every byte coming back, until {@link #restore()}. */
    public void holdAnswers() {
        setMode(Mode.HALF_STALL);
        log.debug("TCP proxy {} holds answers", port());
    }

    /** New connections go to {@code targetHost:targetPort} from now on; open ones stay where they are. */
    public void retarget(String targetHost, int targetPort) {
        target = new InetSocketAddress(targetHost, targetPort);
        log.debug("TCP proxy {} now forwards to {}", port(), target);
    }

    /** Forwards again (after {@link #cut()} only new connections, of course). */
    public void restore() {
        setMode(Mode.FORWARD);
        log.debug("TCP proxy {} restored", port());
    }

    @Override
    public void close() {
        setMode(Mode.CLOSED);
        closeQuietly(server);
        closeAllLinks();
        log.debug("TCP proxy {} closed", port());
    }

    private void setMode(Mode newMode) {
        synchronized (modeLock) {
            if (mode != Mode.CLOSED) {
                mode = newMode;
            }
            modeLock.notifyAll();
        }
    }

    private Mode mode() {
        synchronized (modeLock) {
            return mode;
        }
    }

    private void closeAllLinks() {
        for (Link link : links) {
            link.close();
        }
    }

    private void acceptLoop() {
        while (mode() != Mode.CLOSED) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (mode() != Mode.CLOSED) {
                    log.warn("TCP proxy {} stopped accepting: {}", port(), e.toString());
                }
                return;
            }
            Mode now = mode();
            if (now == Mode.CUT || now == Mode.CLOSED) {
                reset(client);
                continue;
            }
            Link link = new Link(connectionIds.incrementAndGet(), client);
            links.add(link);
            Mode accepted = mode();
            if (accepted == Mode.CUT || accepted == Mode.CLOSED) {
                link.close(); // cut or closed while we were accepting
                continue;
            }
            daemon("conn-" + link.id + "-up", link::run).start();
        }
    }

    private Thread daemon(String suffix, Runnable body) {
        Thread thread = new Thread(body, "tcp-proxy-" + port() + "-" + suffix);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Blocks while this direction is held; true when the bytes in hand may be forwarded, false when the link must end.
     *
     * @param towardsTarget the client-to-target direction, which a half-stall lets through
     */
    private boolean awaitForwarding(Link link, boolean towardsTarget) throws InterruptedException {
        synchronized (modeLock) {
            while (held(towardsTarget) && !link.closed) {
                modeLock.wait();
            }
            return (mode == Mode.FORWARD || mode == Mode.HALF_STALL) && !link.closed;
        }
    }

    private boolean held(boolean towardsTarget) {
        return mode == Mode.STALL || (mode == Mode.HALF_STALL && !towardsTarget);
    }

    /** One client connection and its upstream connection. */
    private final class Link {
        private final int id;
        private final Socket client;
        private final Socket upstream = new Socket();
        private final AtomicBoolean closing = new AtomicBoolean();
        private volatile boolean closed;

        Link(int id, Socket client) {
            this.id = id;
            this.client = client;
        }

        /** Runs on the "up" thread: connects upstream, starts the "down" pump, pumps client to target. */
        void run() {
            try {
                upstream.connect(target, CONNECT_TIMEOUT_MILLIS);
            } catch (IOException e) {
                log.debug("TCP proxy {} could not reach {}: {}", port(), target, e.toString());
                close();
                return;
            }
            daemon("conn-" + id + "-down", () -> pump(upstream, client, false)).start();
            pump(client, upstream, true);
        }

        private void pump(Socket from, Socket to, boolean towardsTarget) {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (!awaitForwarding(this, towardsTarget)) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // The other side went away, or the link was cut: both end the link.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                close();
            }
        }

        void close() {
            if (!closing.compareAndSet(false, true)) {
                return;
            }
            closed = true;
            links.remove(this);
            reset(client);
            reset(upstream);
            synchronized (modeLock) {
                modeLock.notifyAll(); // wake this link's pumps if they wait in a stall
            }
        }
    }

    /** Closes with SO_LINGER 0, so the peer sees a reset rather than an orderly end of stream. */
    private static void reset(Socket socket) {
        try {
            if (!socket.isClosed() && socket.isConnected()) {
                socket.setSoLinger(true, 0);
            }
        } catch (SocketException e) {
            // closing anyway
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // nothing useful to do in a test helper
        }
    }
}
