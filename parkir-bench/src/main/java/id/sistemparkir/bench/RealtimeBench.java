package id.sistemparkir.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * Realtime propagation from POST to frame at M subscribers: p50/p99/max, dropped sockets, missing and out-of-order
 * events, and the server's event-log reads per event and per idle second (counted at the MariaDB protocol). The
 * "after answer" figures start the clock when the POST's answer arrived (the entry is committed by then), so they
 * show the fan-out's own share without the entry transaction; a frame that beat the answer counts as 0.
 *
 * <p>{@code --subscribers=1,10,100,1000 --events=30 --idle=5 --gap-ms=100}
 */
public final class RealtimeBench {

    private RealtimeBench() {}

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int[] counts = args.ints("subscribers", 1, 10, 100, 1_000);
        int events = args.intValue("events", 30);
        int idleSeconds = args.intValue("idle", 5);
        int gapMillis = args.intValue("gap-ms", 100);
        try (BenchEnvironment env = BenchEnvironment.start()) {
            run(env, counts, events, idleSeconds, gapMillis).print(System.out);
        }
    }

    static Table run(BenchEnvironment env, int[] counts, int events, int idleSeconds, int gapMillis) throws Exception {
        Table table = new Table(
                "M subscribers",
                "p50 ms",
                "p99 ms",
                "max ms",
                "p50 after answer ms",
                "p99 after answer ms",
                "dropped",
                "missing",
                "out of order",
                "event-log reads/event",
                "event-log reads/idle s");
        Lanes lanes = new Lanes(env.server().baseUrl(), env.adminToken());
        HttpClient lane = Lanes.laneClient();
        HttpClient sockets = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(4, daemon()))
                .build();
        URI ws = URI.create(env.server().wsUrl());
        for (int m : counts) {
            List<Subscriber> subscribers = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                subscribers.add(Subscriber.connect(sockets, ws, env.adminToken()));
            }
            for (Subscriber subscriber : subscribers) {
                if (!subscriber.awaitSubscribed(60)) {
                    throw new IllegalStateException("a subscriber got no hello");
                }
            }
            Thread.sleep(1_000); // the subscribe frames are handled

            StatementCounter.Counts idleStart = env.counts();
            Thread.sleep(idleSeconds * 1_000L);
            double idleReads = (double) env.counts().minus(idleStart).eventLogReads() / idleSeconds;

            StatementCounter.Counts start = env.counts();
            Map<String, Long> posted = new LinkedHashMap<>();
            Map<String, Long> answered = new LinkedHashMap<>();
            for (int i = 0; i < events; i++) {
                long t = System.nanoTime();
                UUID id = lanes.postEntry(lane);
                posted.put(id.toString(), t);
                answered.put(id.toString(), System.nanoTime());
                Thread.sleep(gapMillis);
            }
            awaitDelivery(subscribers, events, Duration.ofSeconds(30));
            long reads = env.counts().minus(start).eventLogReads();

            List<Long> latencies = new ArrayList<>();
            List<Long> afterAnswer = new ArrayList<>();
            long missing = 0;
            long outOfOrder = 0;
            long dropped = 0;
            for (Subscriber subscriber : subscribers) {
                for (Map.Entry<String, Long> post : posted.entrySet()) {
                    Long arrival = subscriber.arrivalOf(post.getKey());
                    if (arrival == null) {
                        missing++;
                    } else {
                        latencies.add(arrival - post.getValue());
                        afterAnswer.add(Math.max(0, arrival - answered.get(post.getKey())));
                    }
                }
                outOfOrder += subscriber.outOfOrder();
                missing += subscriber.skipped();
                dropped += subscriber.closedByServer() ? 1 : 0;
                subscriber.close();
            }
            Latencies all =
                    new Latencies(latencies.stream().mapToLong(Long::longValue).toArray());
            Latencies fanOut = new Latencies(
                    afterAnswer.stream().mapToLong(Long::longValue).toArray());
            table.row(
                    m,
                    all.percentileMillis(50),
                    all.percentileMillis(99),
                    all.maxMillis(),
                    fanOut.percentileMillis(50),
                    fanOut.percentileMillis(99),
                    dropped,
                    missing,
                    outOfOrder,
                    (double) reads / events,
                    idleReads);
            Thread.sleep(1_000); // the closes are handled before the next M
        }
        return table;
    }

    private static void awaitDelivery(List<Subscriber> subscribers, int events, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        for (Subscriber subscriber : subscribers) {
            while (subscriber.received() < events && !subscriber.closedByServer() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "bench-ws");
            thread.setDaemon(true);
            return thread;
        };
    }
}
