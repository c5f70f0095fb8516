package id.sistemparkir.bench;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of MariaDB that counts the statements the server sends, by reading the client-to-server
 * packets of the MariaDB protocol: every packet with sequence id 0 starts a command, and COM_QUERY (text protocol, the
 * connector's default), COM_STMT_EXECUTE and COM_STMT_BULK_EXECUTE are statements. It counts only this server's
 * connections, unlike the global {@code Com_*} counters, which other users of a shared MariaDB move too.
 */
final class StatementCounter implements AutoCloseable {

    private static final int COM_QUERY = 0x03;
    /** {@code -Dbench.traceSql=true}: print every text statement (the start of it) to stderr, to profile a path. */
    private static final boolean TRACE = Boolean.getBoolean("bench.traceSql");

    private static final int COM_STMT_EXECUTE = 0x17;
    private static final int COM_STMT_BULK_EXECUTE = 0xfa;
    /** The realtime read of the event log ({@code EventLog.readSince}). */
    private static final String EVENT_LOG_READ = "FROM event_log WHERE";

    /** Statements so far, and how many of them were event-log reads. */
    record Counts(long statements, long eventLogReads) {
        Counts minus(Counts earlier) {
            return new Counts(statements - earlier.statements, eventLogReads - earlier.eventLogReads);
        }
    }

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong eventLogReads = new AtomicLong();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    StatementCounter(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        daemon(this::acceptLoop, "counter-accept").start();
    }

    int port() {
        return listener.getLocalPort();
    }

    Counts counts() {
        return new Counts(statements.get(), eventLogReads.get());
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(targetHost, targetPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(server);
                daemon(() -> countAndCopy(client, server), "counter-up").start();
                daemon(() -> copy(server, client), "counter-down").start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("statement counter: " + e);
                }
            }
        }
    }

    private void countAndCopy(Socket from, Socket to) {
        try (DataInputStream in = new DataInputStream(from.getInputStream())) {
            OutputStream out = to.getOutputStream();
            byte[] header = new byte[4];
            while (true) {
                in.readFully(header);
                int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16;
                byte[] payload = new byte[length];
                in.readFully(payload);
                if (header[3] == 0 && length > 0) {
                    count(payload);
                }
                out.write(header);
                out.write(payload);
                out.flush();
            }
        } catch (EOFException e) {
            closeBoth(from, to);
        } catch (IOException e) {
            closeBoth(from, to);
        }
    }

    private void count(byte[] payload) {
        int command = payload[0] & 0xff;
        if (command == COM_QUERY) {
            statements.incrementAndGet();
            String sql = new String(payload, 1, Math.min(payload.length - 1, 400), StandardCharsets.UTF_8);
            if (TRACE) {
                System.err.println(
                        "sql " + Thread.currentThread().getId() + ": " + sql.substring(0, Math.min(sql.length(), 140)));
            }
            if (sql.contains(EVENT_LOG_READ)) {
                eventLogReads.incrementAndGet();
            }
        } else if (command == COM_STMT_EXECUTE || command == COM_STMT_BULK_EXECUTE) {
            statements.incrementAndGet();
        }
    }

    private void copy(Socket from, Socket to) {
        try (InputStream in = from.getInputStream()) {
            in.transferTo(to.getOutputStream());
        } catch (IOException e) {
            // the other side closed
        }
        closeBoth(from, to);
    }

    private static void closeBoth(Socket a, Socket b) {
        try {
            a.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            b.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
