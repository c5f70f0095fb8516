package id.sistemparkir.bench;

import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.ServerProcess;
import id.sistemparkir.testing.MariaDbTestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's resident memory and threads, idle and under load, read from {@code /proc/<pid>/status} of the server in
 * its own JVM as {@link ServerProcess} starts it ({@code -Xmx256m}), on MariaDB. Load: C lanes posting entries while M
 * realtime subscribers listen. Linux only.
 *
 * <p>{@code --lanes=16 --entries=800 --subscribers=200}
 */
public final class ResourceBench {

    private ResourceBench() {}

    private record Reading(long rssKib, long threads) {}

    private static final AtomicLong REFUSED = new AtomicLong();

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int laneCount = args.intValue("lanes", 16);
        int entries = args.intValue("entries", 800);
        int subscriberCount = args.intValue("subscribers", 200);
        BenchEnvironment.quietLogs();
        Path dataDir = Files.createTempDirectory("parkir-bench-server-");
        try (MariaDbTestDatabase schema = MariaDbTestDatabase.create();
                ServerProcess server = ServerProcess.start(dataDir, TestDatabases.mariaDbConfig(schema))) {
            String token = server.api().adminToken();
            Thread.sleep(5_000);
            Reading idle = read(server.pid());

            HttpClient sockets = HttpClient.newHttpClient();
            List<Subscriber> subscribers = new ArrayList<>();
            for (int i = 0; i < subscriberCount; i++) {
                subscribers.add(
                        Subscriber.connect(sockets, URI.create("ws://localhost:" + server.port() + "/ws"), token));
            }
            AtomicLong maxRss = new AtomicLong();
            AtomicLong maxThreads = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    Reading now = read(server.pid());
                    maxRss.accumulateAndGet(now.rssKib(), Math::max);
                    maxThreads.accumulateAndGet(now.threads(), Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            postEntries(new Lanes("http://localhost:" + server.port(), token), laneCount, entries);
            sampler.interrupt();
            subscribers.forEach(Subscriber::close);

            Table table = new Table("state", "RSS MiB", "threads", "entries refused");
            table.row("idle", idle.rssKib() / 1024.0, idle.threads(), "-");
            table.row(
                    "load: " + laneCount + " lanes, " + subscriberCount + " subscribers (max)",
                    maxRss.get() / 1024.0,
                    maxThreads.get(),
                    REFUSED.get());
            table.print(System.out);
        }
    }

    private static void postEntries(Lanes lanes, int laneCount, int total) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(laneCount);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int lane = 0; lane < laneCount; lane++) {
                results.add(pool.submit(() -> {
                    HttpClient http = Lanes.laneClient();
                    for (int i = 0; i < total / laneCount; i++) {
                        try {
                            lanes.postEntry(http);
                        } catch (IllegalStateException e) {
                            REFUSED.incrementAndGet(); // e.g. 503 while the health probe saw the database slow
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Reading read(long pid) {
        long rss = 0;
        long threads = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("Threads:")) {
                    threads = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // the process ended: no reading
        }
        return new Reading(rss, threads);
    }
}
