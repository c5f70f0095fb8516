package id.sistemparkir.server.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Holds a thread at a chosen SQL statement, so that a race test interleaves transactions exactly as it means to, on H2
 * and on MariaDB alike: "pause the entry right after it looked for waiting exits, commit the exit, let the entry go".
 *
 * <p>It hooks JDBI's {@link SqlLogger}, which runs on the executing thread just before and just after each statement:
 * a thread held there keeps its transaction open with every lock it took so far. Each {@link Point} fires once (the
 * first matching statement), then lets everything through. A point can also make the statement fail ({@link
 * #failBefore}), standing in for a process that died or a database call that broke right there.
 *
 * <pre>{@code
 * try (StatementPause pauses = StatementPause.install(jdbi)) {
 *     Thread entry = new Thread(() -> entries.record(...));
 *     StatementPause.Point point = pauses.after(entry, "FROM pending_exits WHERE entry_id");
 *     entry.start();
 *     point.awaitReached();      // the entry's transaction is open, the SELECT done
 *     exits.record(...);         // races into the gap
 *     point.release();
 * }
 * }</pre>
 *
 * Closing releases every point (a failing test never leaves a thread hanging) and removes the hook.
 */
public final class StatementPause implements SqlLogger, AutoCloseable {

    /** Long enough for a loaded CI machine, short enough that a broken test fails instead of hanging the run. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Before the statement runs (its locks not yet taken) or after it ran (its locks held). */
    public enum Phase {
        BEFORE,
        AFTER
    }

    private final Jdbi jdbi;
    private final List<Point> points = new CopyOnWriteArrayList<>();

    private StatementPause(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Installs the hook on {@code jdbi} (replacing any other SQL logger until {@link #close()}). */
    public static StatementPause install(Jdbi jdbi) {
        StatementPause pause = new StatementPause(jdbi);
        jdbi.setSqlLogger(pause);
        return pause;
    }

    /** Holds {@code thread} right after its first statement whose SQL contains {@code sqlFragment}. */
    public Point after(Thread thread, String sqlFragment) {
        return add(new Point(t -> t == thread, sqlFragment, Phase.AFTER, true));
    }

    /** Holds {@code thread} right after its first statement whose SQL contains any of {@code sqlFragments}. */
    public Point afterAny(Thread thread, String... sqlFragments) {
        return add(new Point(t -> t == thread, String.join("|", sqlFragments), Phase.AFTER, Mode.HOLD, sqlFragments));
    }

    /** Holds {@code thread} just before its first statement whose SQL contains {@code sqlFragment}. */
    public Point before(Thread thread, String sqlFragment) {
        return add(new Point(t -> t == thread, sqlFragment, Phase.BEFORE, true));
    }

    /** Holds the first thread (any thread, e.g. a server request) reaching the statement in {@code phase}. */
    public Point anyThread(Phase phase, String sqlFragment) {
        return add(new Point(t -> true, sqlFragment, phase, true));
    }

    /**
     * Makes {@code thread}'s first statement containing {@code sqlFragment} fail before it runs, as if the database
     * call broke or the process died there: the statement's transaction rolls back, earlier commits stay.
     */
    public Point failBefore(Thread thread, String sqlFragment) {
        return add(new Point(t -> t == thread, sqlFragment, Phase.BEFORE, Mode.FAIL, new String[] {sqlFragment}));
    }

    /** Only notes when {@code thread} is about to run the statement; never holds it. */
    public Point watchBefore(Thread thread, String sqlFragment) {
        return add(new Point(t -> t == thread, sqlFragment, Phase.BEFORE, false));
    }

    private Point add(Point point) {
        points.add(point);
        return point;
    }

    @Override
    public void logBeforeExecution(StatementContext context) {
        fire(Phase.BEFORE, context.getRawSql());
    }

    @Override
    public void logAfterExecution(StatementContext context) {
        fire(Phase.AFTER, context.getRawSql());
    }

    private void fire(Phase phase, String sql) {
        Thread current = Thread.currentThread();
        for (Point point : points) {
            point.maybeHold(current, phase, sql);
        }
    }

    @Override
    public void close() {
        points.forEach(Point::release);
        jdbi.setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
    }

    private enum Mode {
        HOLD,
        WATCH,
        FAIL
    }

    /** Thrown into the thread at a {@link #failBefore} point. */
    public static final class InjectedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFailure(String message) {
            super(message);
        }
    }

    /** One place to stop at; fires once. */
    public static final class Point {
        private final Predicate<Thread> threads;
        private final String sqlFragment;
        private final String[] anyOf;
        private final Phase phase;
        private final Mode mode;
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Point(Predicate<Thread> threads, String sqlFragment, Phase phase, boolean hold) {
            this(threads, sqlFragment, phase, hold ? Mode.HOLD : Mode.WATCH, new String[] {sqlFragment});
        }

        private Point(Predicate<Thread> threads, String description, Phase phase, Mode mode, String[] anyOf) {
            this.threads = threads;
            this.sqlFragment = description;
            this.anyOf = anyOf.clone();
            this.phase = phase;
            this.mode = mode;
        }

        private boolean matches(String sql) {
            for (String fragment : anyOf) {
                if (sql.contains(fragment)) {
                    return true;
                }
            }
            return false;
        }

        private void maybeHold(Thread thread, Phase now, String sql) {
            if (now != phase || !threads.test(thread) || !matches(sql)) {
                return;
            }
            synchronized (this) {
                if (reached.getCount() == 0) {
                    return; // fired already
                }
                reached.countDown();
            }
            if (mode == Mode.FAIL) {
                throw new InjectedFailure("injected failure before '" + sqlFragment + "'");
            }
            if (mode == Mode.WATCH) {
                return;
            }
            try {
                if (!released.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("held at '" + sqlFragment + "' and never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while held at '" + sqlFragment + "'", e);
            }
        }

        /** Waits until a thread got here; fails the test when none does within {@link #PATIENCE}. */
        public void awaitReached() {
            try {
                if (!reached.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new AssertionError("no thread reached the statement '" + sqlFragment + "' (" + phase + ")");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** True when a thread got here within {@code timeout}. */
        public boolean reachedWithin(Duration timeout) {
            try {
                return reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        public boolean reached() {
            return reached.getCount() == 0;
        }

        /** Lets the held thread go on. */
        public void release() {
            released.countDown();
        }
    }
}
