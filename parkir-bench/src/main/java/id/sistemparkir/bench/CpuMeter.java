package id.sistemparkir.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CPU time used, from Linux's {@code /proc} (user + system, in clock ticks of 10 ms): this JVM as a whole (threads
 * that ended included), the server's own threads in it (Jetty's request threads and the server's named threads,
 * which live through a run), and the MariaDB server process. Tells where a benchmark's time goes when the machine is
 * saturated; off Linux every figure is absent.
 */
final class CpuMeter {

    /** USER_HZ: 100 on every Linux the project runs on. */
    private static final double MILLIS_PER_TICK = 10.0;

    record Sample(long jvmTicks, long serverTicks, long databaseTicks) {
        Sample minus(Sample earlier) {
            return new Sample(
                    jvmTicks - earlier.jvmTicks,
                    serverTicks - earlier.serverTicks,
                    databaseTicks < 0 || earlier.databaseTicks < 0 ? -1 : databaseTicks - earlier.databaseTicks);
        }

        double serverMillis() {
            return serverTicks * MILLIS_PER_TICK;
        }

        /** The benchmark's lanes, its statement-counting proxy and the JVM's own GC and compiler threads. */
        double restOfJvmMillis() {
            return (jvmTicks - serverTicks) * MILLIS_PER_TICK;
        }

        double databaseMillis() {
            return databaseTicks < 0 ? Double.NaN : databaseTicks * MILLIS_PER_TICK;
        }
    }

    private final Optional<Path> database = findDatabase();

    boolean available() {
        return Files.isReadable(Path.of("/proc/self/stat"));
    }

    Sample sample() {
        if (!available()) {
            return new Sample(0, 0, -1);
        }
        long server = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                String stat = read(task.resolve("stat"));
                if (stat != null && isServerThread(name(stat))) {
                    server += ticks(stat);
                }
            }
        } catch (IOException e) {
            server = 0;
        }
        String self = read(Path.of("/proc/self/stat"));
        String db = database.map(CpuMeter::read).orElse(null);
        return new Sample(self == null ? 0 : ticks(self), server, db == null ? -1 : ticks(db));
    }

    /** The in-process server's threads: Jetty's pool (requests, WebSocket) and the server's own named threads. */
    private static boolean isServerThread(String name) {
        return name.startsWith("JettyServerThre")
                || name.startsWith("parkir-")
                || name.startsWith("HikariPool")
                || name.startsWith("Scheduler-");
    }

    private static Optional<Path> findDatabase() {
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                String stat = read(proc.resolve("stat"));
                if (stat != null && (name(stat).equals("mariadbd") || name(stat).equals("mysqld"))) {
                    return Optional.of(proc.resolve("stat"));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String read(Path stat) {
        try {
            return Files.readString(stat);
        } catch (IOException | RuntimeException e) {
            return null; // a thread or process that just ended
        }
    }

    private static String name(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    /** utime + stime: fields 14 and 15 of stat, counted after the name (which may hold spaces). */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
