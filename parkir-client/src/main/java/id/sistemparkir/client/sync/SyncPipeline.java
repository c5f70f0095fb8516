package id.sistemparkir.client.sync;

import id.sistemparkir.client.api.CallCancelledException;
import id.sistemparkir.client.offline.PendingRecord;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Sends the records of one sync run with up to N requests in flight (decision 0028), each record still its own
 * request, handled by the same code as one at a time:
 *
 * <ul>
 *   <li>records that depend on each other keep their sync order: a record starts only after every earlier record
 *       sharing one of its {@link #keys} (its entry, its ticket, its plate) has finished;
 *   <li>until the server delivered one record in this run, records go one at a time on the calling thread, in sync order, so a dead server still costs two
 *       timeouts, not N;
 *   <li>the calling thread is told of each finished record exactly once, in the order they finish; it counts and
 *       reports, the senders never do;
 *   <li>when a sender fails (e.g. the disk) or the calling thread is interrupted, nothing more is started, the senders
 *       in flight are interrupted and waited for, then the failure is thrown: after {@link #run} returns or throws, no
 *       sender touches the outbox (the sync lock may be released).
 * </ul>
 *
 * @param <S> what handling one record gives
 */
final class SyncPipeline<S> {

    /** Told of one finished record on the calling thread. */
    interface Finished<S> {
        void finished(int position, PendingRecord record, S step);
    }

    private record Done<S>(int position, PendingRecord record, S step, Throwable failure) {}

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final int inFlight;
    private final Function<PendingRecord, S> handler;
    private final Predicate<S> delivered;

    /**
     * @param handler handles one record (sends it, updates the outbox); runs on a sender thread
     * @param delivered whether a step means the server took the record (from then on N in flight)
     */
    SyncPipeline(int inFlight, Function<PendingRecord, S> handler, Predicate<S> delivered) {
        if (inFlight < 1) {
            throw new IllegalArgumentException("in flight must be at least 1, was " + inFlight);
        }
        this.inFlight = inFlight;
        this.handler = Objects.requireNonNull(handler, "handler");
        this.delivered = Objects.requireNonNull(delivered, "delivered");
    }

    /** @param records in sync order */
    void run(List<PendingRecord> records, Finished<S> finished) {
        int next = 0;
        while (next < records.size()) { // one at a time, here, in sync order, until the server took one
            PendingRecord record = records.get(next);
            S step = handler.apply(record);
            finished.finished(next, record, step);
            next++;
            if (delivered.test(step)) {
                break;
            }
        }
        if (next < records.size()) {
            pipelined(records, next, finished);
        }
    }

    /** The records from {@code first} on, with up to N in flight (every earlier record has finished). */
    private void pipelined(List<PendingRecord> records, int first, Finished<S> finished) {
        ExecutorService senders = Executors.newFixedThreadPool(inFlight, task -> {
            Thread thread = new Thread(task, "parkir-sync-sender-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        BlockingQueue<Done<S>> done = new LinkedBlockingQueue<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        try {
            Map<String, CompletableFuture<Void>> lastByKey = new HashMap<>();
            for (int i = first; i < records.size(); i++) {
                int position = i;
                PendingRecord record = records.get(i);
                Set<String> keys = keys(record);
                CompletableFuture<?>[] before = keys.stream()
                        .map(lastByKey::get)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toArray(CompletableFuture<?>[]::new);
                CompletableFuture<Void> mine = CompletableFuture.allOf(before)
                        .thenRunAsync(() -> send(position, record, abandoned, done), senders);
                keys.forEach(key -> lastByKey.put(key, mine));
            }
            for (int n = first; n < records.size(); n++) {
                Done<S> next = done.take();
                if (next.failure() instanceof RuntimeException e) {
                    throw e;
                }
                if (next.failure() instanceof Error e) {
                    throw e;
                }
                finished.finished(next.position(), next.record(), next.step());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallCancelledException("sync");
        } finally {
            abandoned.set(true);
            senders.shutdownNow();
            awaitUninterruptibly(senders);
        }
    }

    private void send(int position, PendingRecord record, AtomicBoolean abandoned, BlockingQueue<Done<S>> done) {
        if (abandoned.get()) {
            return;
        }
        try {
            done.add(new Done<>(position, record, handler.apply(record), null));
        } catch (RuntimeException | Error e) {
            abandoned.set(true); // nothing after this may start, not even a record that depended on this one
            done.add(new Done<>(position, record, null, e));
        }
    }

    /**
     * What orders a record after earlier ones: an entry is ordered by its own id and its plate; an exit by the entry
     * it needs, its ticket and its plate. (An exit and its entry; two entries of one plate, whose order decides which
     * is the suspected duplicate; an exit found by plate.)
     */
    static Set<String> keys(PendingRecord record) {
        Set<String> keys = new LinkedHashSet<>();
        if (record.isEntry()) {
            keys.add("entry:" + record.id());
            keys.add("plate:" + normalized(record.record().entry().plate()));
            return keys;
        }
        record.requiredEntryId().ifPresent(entry -> keys.add("entry:" + entry));
        String ticket = record.record().exit().ticketCode();
        if (ticket != null && !ticket.isBlank()) {
            keys.add("ticket:" + ticket);
        }
        String plate = record.record().exit().plate();
        if (plate != null && !plate.isBlank()) {
            keys.add("plate:" + normalized(plate));
        }
        return keys;
    }

    private static String normalized(String plate) {
        return plate.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }

    private static void awaitUninterruptibly(ExecutorService senders) {
        boolean interrupted = false;
        while (true) {
            try {
                if (senders.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
