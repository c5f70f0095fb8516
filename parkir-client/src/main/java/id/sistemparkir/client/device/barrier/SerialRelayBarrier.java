package id.sistemparkir.client.device.barrier;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A barrier driven by a relay board or microcontroller on a serial line: it writes the configured open/close
 * commands and watches the controller with a ping.
 *
 * <ul>
 *   <li><b>Watchdog</b> ({@link #start}): every {@code pingInterval} it sends the ping and waits up to
 *       {@code pingTimeout} for the pong. No pong, or a port that cannot be opened or written: the state becomes
 *       {@link BarrierState#FAULT} (logged WARN once); the next pong restores the last commanded state (logged INFO).
 *       A port that failed is closed and reopened on the next round, so unplugging and replugging a USB adapter
 *       heals by itself.
 *   <li><b>Auto-close</b>: {@code autoCloseAfter} after an open (a vehicle passed) the arm is lowered, unless it is
 *       zero; a new open restarts the wait.
 *   <li>A command is sent even while in FAULT (the controller may still obey); it fails only when it cannot be
 *       written.
 *   <li>The state starts {@link BarrierState#UNKNOWN}: nothing is sent at start-up, so the arm never drops onto a
 *       vehicle because the lane software restarted.
 * </ul>
 *
 * The scheduler is the caller's (not shut down here); the clock stamps {@link #recentEvents()}. Waiting for the pong
 * is I/O time, measured with {@link System#nanoTime()}.
 */
public final class SerialRelayBarrier implements Barrier {

    private static final Logger log = LoggerFactory.getLogger(SerialRelayBarrier.class);

    private final SerialLink link;
    private final SerialRelayConfig config;
    private final ScheduledExecutorService scheduler;
    private final BarrierEvents events;
    private final String port;
    private final byte[] pong;
    private final Object writeLock = new Object();
    private final AtomicBoolean faulted = new AtomicBoolean();

    private volatile BarrierState commanded = BarrierState.UNKNOWN;
    private volatile boolean closed;
    /** Guarded by {@code this}. */
    private ScheduledFuture<?> watchdog;
    /** Guarded by {@code this}. */
    private ScheduledFuture<?> autoClose;
    /** Guarded by {@code this}: counts opens, so that a late auto-close of an earlier open does nothing. */
    private long opens;

    public SerialRelayBarrier(
            SerialLink link, SerialRelayConfig config, ScheduledExecutorService scheduler, Clock clock) {
        this.link = Objects.requireNonNull(link, "link");
        this.config = Objects.requireNonNull(config, "config");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.events = new BarrierEvents(Objects.requireNonNull(clock, "clock"));
        this.port = config.portName();
        this.pong = config.pongReply();
    }

    /**
     * Starts the watchdog; its first round (on the scheduler) opens the port. Never throws: a port that cannot be
     * opened shows as {@link BarrierState#FAULT} and is retried every round.
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("barrier on " + port + " is closed");
        }
        if (watchdog == null) {
            long interval = config.pingInterval().toMillis();
            watchdog = scheduler.scheduleWithFixedDelay(this::checkLink, 0, interval, TimeUnit.MILLISECONDS);
            log.info("Barrier on {} started: {}", port, config);
        }
    }

    @Override
    public void open(String reason) throws DeviceException {
        Objects.requireNonNull(reason, "reason");
        synchronized (this) {
            send(config.openCommand());
            commanded = BarrierState.OPEN;
            events.add(BarrierState.OPEN, reason);
            opens++;
            scheduleAutoClose(opens);
        }
        log.info("Barrier on {} opened ({})", port, reason);
    }

    @Override
    public void lower(String reason) throws DeviceException {
        Objects.requireNonNull(reason, "reason");
        synchronized (this) {
            lowerLocked(reason);
        }
    }

    @Override
    public BarrierState state() {
        return faulted.get() ? BarrierState.FAULT : commanded;
    }

    /** The last 50 events, oldest first. */
    public List<BarrierEvent> recentEvents() {
        return events.list();
    }

    /** Stops the watchdog and any pending auto-close and closes the port; the arm stays where it is. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (watchdog != null) {
            watchdog.cancel(false);
        }
        cancelAutoClose();
        synchronized (writeLock) {
            link.close();
        }
        log.info("Barrier on {} shut down; arm left {}", port, commanded);
    }

    /** One watchdog round: open the port if needed, ping, wait for the pong. Never throws. */
    void checkLink() {
        if (closed) {
            return;
        }
        try {
            ensureOpen();
            link.readAvailable(Duration.ZERO); // drop anything stale before asking
            write(config.pingCommand());
            if (awaitPong()) {
                markHealthy();
            } else {
                markFault("no reply to ping within " + config.pingTimeout().toMillis() + " ms");
            }
        } catch (DeviceException e) {
            if (!closed) {
                markFault(e.getMessage());
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: the watchdog must survive whatever the link does.
            if (!closed) {
                markFault("unexpected error: " + e);
            }
        }
    }

    private void lowerLocked(String reason) throws DeviceException {
        cancelAutoClose();
        send(config.closeCommand());
        commanded = BarrierState.CLOSED;
        events.add(BarrierState.CLOSED, reason);
        log.info("Barrier on {} lowered ({})", port, reason);
    }

    private void send(byte[] command) throws DeviceException {
        if (closed) {
            throw new DeviceException(DeviceKind.BARRIER, "Barrier on " + port + " is shut down");
        }
        try {
            ensureOpen();
            write(command);
        } catch (DeviceException e) {
            markFault(e.getMessage());
            throw e;
        }
    }

    private void ensureOpen() throws DeviceException {
        if (!link.isOpen()) {
            link.open();
        }
    }

    /** Writes under one lock, so that a ping never splits a command; a port that fails is closed to be reopened. */
    private void write(byte[] bytes) throws DeviceException {
        synchronized (writeLock) {
            try {
                link.write(bytes);
            } catch (DeviceException e) {
                link.close();
                throw e;
            }
        }
    }

    private boolean awaitPong() throws DeviceException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + config.pingTimeout().toNanos();
        long remaining;
        while ((remaining = deadline - System.nanoTime()) > 0) {
            received.writeBytes(link.readAvailable(Duration.ofNanos(remaining)));
            if (contains(received.toByteArray(), pong)) {
                return true;
            }
        }
        return false;
    }

    private void markFault(String reason) {
        if (faulted.compareAndSet(false, true)) {
            events.add(BarrierState.FAULT, reason);
            log.warn("Barrier on {} is in FAULT: {}", port, reason);
        } else {
            log.debug("Barrier on {} still in FAULT: {}", port, reason);
        }
    }

    private void markHealthy() {
        if (faulted.compareAndSet(true, false)) {
            events.add(commanded, "controller answers again");
            log.info("Barrier on {} answers again; state {}", port, commanded);
        }
    }

    /** Holds {@code this}. */
    private void scheduleAutoClose(long openNumber) {
        cancelAutoClose();
        Duration after = config.autoCloseAfter();
        if (after.isZero()) {
            return;
        }
        try {
            autoClose = scheduler.schedule(() -> autoLower(openNumber), after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.warn("Barrier on {} cannot schedule its auto-close (scheduler stopped); lower it by hand", port);
        }
    }

    /** Holds {@code this}. */
    private void cancelAutoClose() {
        if (autoClose != null) {
            autoClose.cancel(false);
            autoClose = null;
        }
    }

    private void autoLower(long openNumber) {
        synchronized (this) {
            if (closed || openNumber != opens || commanded != BarrierState.OPEN) {
                return; // opened again since, or lowered by hand
            }
            try {
                lowerLocked("auto-close after " + config.autoCloseAfter().toMillis() + " ms");
            } catch (DeviceException e) {
                log.warn("Barrier on {} could not lower itself after a vehicle passed: {}", port, e.getMessage());
            }
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return "SerialRelayBarrier[" + port + ", " + state() + "]";
    }
}
