package id.sistemparkir.server.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers "is the database healthy?" within a deadline, whatever the database does. The query runs on a
 * small dedicated executor and the caller waits at most the timeout. A probe stuck on a hung database
 * keeps its thread until the driver's socket timeout; with both threads stuck, further probes answer
 * false at once instead of queueing behind them.
 */
final class HealthProbe implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HealthProbe.class);
    private static final int MAX_STUCK_PROBES = 2;

    private final DataSource dataSource;
    private final ThreadPoolExecutor executor;

    HealthProbe(DataSource dataSource) {
        this.dataSource = dataSource;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                0, MAX_STUCK_PROBES, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "parkir-db-ping-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    boolean ping(Duration timeout) {
        Future<Boolean> probe;
        try {
            probe = executor.submit(this::query);
        } catch (RejectedExecutionException e) {
            log.debug("Database ping: earlier probes still stuck, answering DOWN");
            return false;
        }
        try {
            return probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            probe.cancel(true);
            log.debug("Database ping: no answer within {} ms", timeout.toMillis());
            return false;
        } catch (ExecutionException e) {
            log.debug("Database ping failed: {}", e.getCause().toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean query() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT 1")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
