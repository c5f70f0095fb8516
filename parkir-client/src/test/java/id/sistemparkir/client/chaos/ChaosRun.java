package id.sistemparkir.client.chaos;

import id.sistemparkir.client.api.CallCancelledException;
import id.sistemparkir.client.files.AtomicFiles;
import id.sistemparkir.client.lane.EntryOutcome;
import id.sistemparkir.client.lane.ExitOutcome;
import id.sistemparkir.client.lane.ExitQuote;
import id.sistemparkir.client.lane.LaneRejection;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.PendingRecord;
import id.sistemparkir.client.sync.SyncInProgressException;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.testing.TcpProxy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One seeded chaos run (decision 0012): entry and exit lanes serve cars through the real lane library while faults are
 * injected at random, all drawn from one {@link Random} with the seed, one step at a time on one driver thread (a
 * fault that needs two things at once starts them itself), so that the same seed replays the same commands and faults
 * in the same order. Then it heals, syncs every lane and asks the {@link ChaosOracle}.
 */
final class ChaosRun {

    private static final Logger log = LoggerFactory.getLogger(ChaosRun.class);
    private static final String[] REGIONS = {"B", "D", "F", "L", "AB", "AD", "N", "H", "K", "R", "T", "Z", "DK"};
    private static final VehicleType[] TYPES = {
        VehicleType.MOBIL, VehicleType.MOBIL, VehicleType.MOTOR, VehicleType.TRUK
    };
    /** The lanes' clock runs this much faster than real time, so that stays cost real money. */
    private static final long CLOCK_SPEED = 120;

    private static final int FAULT_KINDS = 12;

    private final ChaosSettings settings;
    private final Path dir;
    private final Random random;
    private final ChaosLedger ledger = new ChaosLedger();
    private final List<String> faultLog = new ArrayList<>();
    private final List<Integer> faultDeck = new ArrayList<>();
    private final Map<TcpProxy, Integer> healAt = new LinkedHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "chaos-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final List<ChaosLane> entryLanes = new ArrayList<>();
    private final List<ChaosLane> exitLanes = new ArrayList<>();
    private ChaosServer server;
    private ChaosLane replay;
    private int step;
    private int plates;
    private int laneErrors;

    /** The outcome: the summary line, the findings, the fault sequence. */
    record Result(
            String line, ChaosVerdict verdict, int faults, int transactions, List<String> faultLog, String coverage) {}

    ChaosRun(ChaosSettings settings, Path dir) {
        this.settings = settings;
        this.dir = dir;
        this.random = new Random(settings.seed());
    }

    Result run() throws Exception {
        try (ChaosServer started = ChaosServer.start(dir.resolve("server"), settings.onMariaDb())) {
            server = started;
            ChaosClock clock = new ChaosClock(CLOCK_SPEED, settings.duration());
            for (int i = 1; i <= settings.entryLanes(); i++) {
                entryLanes.add(lane("IN" + i, clock));
            }
            for (int i = 1; i <= settings.exitLanes(); i++) {
                exitLanes.add(lane("OUT" + i, clock));
            }
            replay = lane("REPLAY", clock);
            for (ChaosLane lane : allLanes()) {
                logIn(lane);
            }
            long deadline = System.nanoTime() + settings.duration().toNanos();
            while (System.nanoTime() < deadline) {
                step++;
                healDueFaults();
                act();
            }
            heal();
            ChaosOracle.Snapshot db = server.inspect(ChaosOracle.Snapshot::read);
            ChaosVerdict verdict = ChaosOracle.check(ledger, db, allLanes());
            String line = verdict.line(faultLog.size(), ledger.transactions());
            String coverage = ledger.coverage() + " steps=" + step + " laneRestarts="
                    + allLanes().stream().mapToInt(ChaosLane::restarts).sum() + " laneErrors=" + laneErrors;
            return new Result(line, verdict, faultLog.size(), ledger.transactions(), List.copyOf(faultLog), coverage);
        } finally {
            workers.shutdownNow();
        }
    }

    /** The first login of each lane; on a loaded machine one Argon2 check can take longer than a login waits. */
    private void logIn(ChaosLane lane) throws InterruptedException {
        for (int attempt = 1; attempt <= 5; attempt++) {
            if (lane.client().connect().connected()) {
                return;
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException(lane + " could not log in:\n" + server.output());
    }

    private ChaosLane lane(String station, ChaosClock clock) throws IOException {
        return new ChaosLane(station, dir.resolve(station), server.newLaneLink(), clock);
    }

    private List<ChaosLane> allLanes() {
        List<ChaosLane> all = new ArrayList<>(entryLanes);
        all.addAll(exitLanes);
        all.add(replay);
        return all;
    }

    private void act() throws Exception {
        if (random.nextInt(100) < settings.faultPercent()) {
            fault();
            return;
        }
        int roll = random.nextInt(100);
        if (roll < 48) {
            entry(pick(entryLanes));
        } else if (roll < 84) {
            exit(pick(exitLanes));
        } else if (roll < 92) {
            sync(pick(allLanes()));
        } else {
            healOne();
        }
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    // ---- what operators do

    private String nextPlate() {
        int n = plates++;
        return REGIONS[(n / 8999) % REGIONS.length] + " " + (1 + n % 8999) + " CH";
    }

    private Supplier<EntryOutcome> entryCommand(ChaosLane lane) {
        String plate = nextPlate();
        VehicleType type = TYPES[random.nextInt(TYPES.length)];
        return () -> lane.client().entryLane().enter(plate, type, false, Optional.empty());
    }

    /**
     * A windowed lane's connection monitor clears the lane's fail-fast once it sees the server again; without it an
     * in-process lane would stay offline for 5 s after every fault and the online paths would hardly be tried.
     */
    private void monitorSees(ChaosLane lane) {
        if (!healAt.containsKey(lane.link()) && !healAt.containsKey(server.databaseLink()) && !server.restarting()) {
            lane.client().session().serverReachable();
        }
    }

    private void entry(ChaosLane lane) {
        monitorSees(lane);
        try {
            ledger.entered(lane.station(), entryCommand(lane).get());
        } catch (LaneRejection refused) {
            log.info("chaos step {}: {} refused an entry: {}", step, lane, refused.code());
        } catch (RuntimeException e) {
            laneError(lane, "entry", e);
        }
    }

    /** Prices and records the exit of a car inside; null when there is none or the operator was refused. */
    private Supplier<ExitOutcome> exitCommand(ChaosLane lane) {
        ChaosLedger.Entry car = ledger.anyInside(random);
        if (car == null) {
            return null;
        }
        boolean lostTicket = random.nextInt(10) == 0;
        int extra = random.nextInt(4);
        boolean cash = random.nextInt(4) != 0;
        return () -> {
            ExitQuote quote = lostTicket
                    ? quoteByPlate(lane, car)
                    : lane.client().exitLane().quoteTicket(car.outcome().ticketCode(), false);
            if (quote == null) {
                return null;
            }
            return lane.client()
                    .exitLane()
                    .exit(quote, quote.fee() + (cash ? extra * 1000L : 0), cash ? "CASH" : "QRIS");
        };
    }

    /** A lost ticket: found by plate (online, else in the lane's cache), priced with the lost-ticket charge. */
    private static ExitQuote quoteByPlate(ChaosLane lane, ChaosLedger.Entry car) {
        List<SessionView> found =
                lane.client().exitLane().findByPlate(car.outcome().plate());
        return found.stream()
                .filter(s -> s.id().equals(car.outcome().id()))
                .findFirst()
                .map(s -> lane.client().exitLane().quoteSession(s, true))
                .orElse(null);
    }

    private void exit(ChaosLane lane) {
        monitorSees(lane);
        Supplier<ExitOutcome> command = exitCommand(lane);
        if (command != null) {
            exitWith(lane, command);
        }
    }

    private void exitWith(ChaosLane lane, Supplier<ExitOutcome> command) {
        try {
            ExitOutcome outcome = command.get();
            if (outcome != null) {
                ledger.exited(lane.station(), outcome);
            }
        } catch (LaneRejection refused) {
            log.info("chaos step {}: {} refused an exit: {}", step, lane, refused.code());
        } catch (RuntimeException e) {
            laneError(lane, "exit", e);
        }
    }

    private void laneError(ChaosLane lane, String what, RuntimeException e) {
        laneErrors++;
        log.warn("chaos step {}: {} failed an {} with an error shown to the operator", step, lane, what, e);
    }

    private void sync(ChaosLane lane) {
        try {
            lane.client().syncEngine().syncAll();
        } catch (SyncInProgressException e) {
            log.info("chaos step {}: {} sync already running", step, lane);
        }
    }

    // ---- faults

    /** Every kind of fault comes once in each round of {@value #FAULT_KINDS}, in a seeded order. */
    private int nextFaultKind() {
        if (faultDeck.isEmpty()) {
            for (int kind = 0; kind < FAULT_KINDS; kind++) {
                faultDeck.add(kind);
            }
            java.util.Collections.shuffle(faultDeck, random);
        }
        return faultDeck.remove(faultDeck.size() - 1);
    }

    private void fault() throws Exception {
        int kind = nextFaultKind();
        boolean mariaDb = server.databaseLink() != null;
        switch (kind) {
            case 0, 1, 2 -> {
                if (mariaDb) {
                    linkFault(server.databaseLink(), "database", kind);
                } else { // the embedded database cannot be cut off from its server: a lane's link instead
                    ChaosLane lane = pick(allLanes());
                    linkFault(lane.link(), lane + " link", kind);
                }
            }
            case 3, 4, 5 -> {
                ChaosLane lane = pick(allLanes());
                linkFault(lane.link(), lane + " link", kind);
            }
            case 6 -> killServer();
            case 7 -> killLaneMidCommand();
            case 8 -> killSyncHalfWay();
            case 9 -> deliverTwice();
            case 10 -> syncsAtOnce();
            default -> twoExitsWhileEntryOffline();
        }
    }

    private void recordFault(String what) {
        String entry = "step " + step + ": " + what;
        faultLog.add(entry);
        log.info("chaos fault {}", entry);
    }

    /** Cut, stall or half-stall ({@code kind} mod 3); healed a few steps later (or earlier by a heal step). */
    private void linkFault(TcpProxy link, String name, int kind) {
        switch (kind % 3) {
            case 0 -> link.cut();
            case 1 -> link.stall();
            default -> link.holdAnswers();
        }
        healAt.put(link, step + 1 + random.nextInt(8));
        recordFault(new String[] {"cut", "stall", "half-stall"}[kind % 3] + " " + name);
    }

    private void healDueFaults() {
        healAt.entrySet().removeIf(due -> {
            if (due.getValue() <= step) {
                due.getKey().restore();
                return true;
            }
            return false;
        });
    }

    private void healOne() {
        if (!healAt.isEmpty()) {
            TcpProxy link = pick(new ArrayList<>(healAt.keySet()));
            link.restore();
            healAt.remove(link);
        }
    }

    private void killServer() {
        if (server.restarting()) {
            return;
        }
        server.killAndRestart();
        recordFault("kill -9 the server (restarting in the background)");
    }

    /**
     * The lane process dies in the middle of a command: its link holds the answer (or stalls), the command runs on a
     * worker, and after a random moment the lane is gone. A command that had already returned counts (the operator saw
     * it); any other is not confirmed, whatever it did after. A half-written temp file is left behind, as a death
     * between write and rename leaves it, and a new lane process starts on the same data dir.
     */
    private void killLaneMidCommand() throws Exception {
        boolean entryLane = random.nextBoolean();
        ChaosLane lane = entryLane ? pick(entryLanes) : pick(exitLanes);
        Supplier<?> command = entryLane ? entryCommand(lane) : exitCommand(lane);
        if (command == null) {
            return;
        }
        if (random.nextBoolean()) {
            lane.link().holdAnswers();
        } else {
            lane.link().stall();
        }
        long killAfter = 100 + random.nextInt(2_400);
        recordFault("kill " + lane + " " + killAfter + " ms into an " + (entryLane ? "entry" : "exit"));
        Future<?> running = workers.submit(command::get);
        Object outcome = null;
        try {
            outcome = running.get(killAfter, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
        } catch (java.util.concurrent.ExecutionException e) {
            log.info(
                    "chaos step {}: the killed command had failed: {}",
                    step,
                    e.getCause().toString());
        }
        awaitQuietly(running);
        if (outcome instanceof EntryOutcome entered) {
            ledger.entered(lane.station(), entered);
        } else if (outcome instanceof ExitOutcome exited) {
            ledger.exited(lane.station(), exited);
        }
        plantHalfWrittenFile(lane);
        healAt.remove(lane.link());
        lane.link().restore();
        lane.restart();
    }

    /** Lets a cancelled command finish unwinding before the lane restarts on its data dir (a dead process is gone). */
    private static void awaitQuietly(Future<?> running) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!running.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(200); // a cancelled task is "done" at once; its thread may still be unwinding
    }

    private void plantHalfWrittenFile(ChaosLane lane) throws IOException {
        UUID id = UUID.randomUUID();
        Path outbox = lane.dataDir().resolve(OfflineStore.OFFLINE_DATA);
        Files.createDirectories(outbox);
        Files.writeString(
                outbox.resolve(
                        AtomicFiles.TEMP_PREFIX + UUID.randomUUID() + "-parking_entry_20261202_010000_" + id + ".json"),
                "{\"schema\":1,\"kind\":\"entry\",\"attempts\":0,\"lastError\":null,\"id\":\"" + id + "\",\"ticketC",
                StandardCharsets.UTF_8);
    }

    /**
     * A sync dies half-way: either between two records (its thread is interrupted after one) or in the middle of one (the
     * link holds the answer, the sync thread is interrupted): the server may have the record the lane still holds.
     */
    private void killSyncHalfWay() throws Exception {
        ChaosLane lane = allLanes().stream()
                .max(Comparator.comparingInt(l -> l.offline().pendingCount()))
                .orElseThrow();
        int pending = lane.offline().pendingCount();
        int killAt = 1 + random.nextInt(Math.max(1, pending));
        boolean midRecord = random.nextBoolean();
        recordFault("kill the sync of " + lane + " (" + pending + " pending) " + (midRecord ? "during" : "after")
                + " record " + killAt);
        Future<?> sync = workers.submit(() -> lane.client().syncEngine().syncAll(progress -> {
            if (progress.index() == killAt) {
                if (!midRecord) {
                    // The sync's own thread is told to stop: its next call is cancelled and the run ends there (a
                    // progress listener that throws would only be logged: the sync goes on).
                    Thread.currentThread().interrupt();
                    return;
                }
                lane.link().holdAnswers();
            }
        }));
        try {
            sync.get(midRecord ? 500 + random.nextInt(2_000) : 60_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            sync.cancel(true);
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof CallCancelledException)
                    && !(e.getCause() instanceof SyncInProgressException)) {
                log.warn("chaos step {}: the killed sync failed", step, e.getCause());
            }
        }
        awaitQuietly(sync);
        healAt.remove(lane.link());
        lane.link().restore();
        lane.restart();
    }

    /**
     * The same offline file delivered twice at once: a copy of a pending record (a restored backup, a file copied to
     * another PC) is synced from another data dir while its own lane syncs.
     */
    private void deliverTwice() throws Exception {
        List<PendingRecord> candidates = new ArrayList<>();
        for (ChaosLane lane : entryLanes) {
            candidates.addAll(lane.offline().pending());
        }
        for (ChaosLane lane : exitLanes) {
            candidates.addAll(lane.offline().pending());
        }
        if (candidates.isEmpty()) {
            return;
        }
        PendingRecord record = candidates.get(random.nextInt(candidates.size()));
        ChaosLane owner = allLanes().stream()
                .filter(l -> record.file().startsWith(l.dataDir()))
                .findFirst()
                .orElseThrow();
        Path copy = replay.dataDir()
                .resolve(OfflineStore.OFFLINE_DATA)
                .resolve(record.file().getFileName());
        Files.createDirectories(copy.getParent());
        try {
            Files.copy(record.file(), copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.NoSuchFileException gone) {
            return; // synced meanwhile
        }
        replay.offline().refreshCounts();
        recordFault("deliver " + record.kind() + " " + record.id() + " of " + owner + " twice at once");
        Future<?> first = workers.submit(() -> sync(owner));
        Future<?> second = workers.submit(() -> sync(replay));
        first.get(3, TimeUnit.MINUTES);
        second.get(3, TimeUnit.MINUTES);
    }

    /** Two syncs of one lane at once (a button and the background sync), then every lane's sync at once. */
    private void syncsAtOnce() throws Exception {
        ChaosLane lane = pick(allLanes());
        recordFault("two syncs of " + lane + " at once, then all lanes at once");
        List<Future<?>> running = new ArrayList<>();
        running.add(workers.submit(() -> sync(lane)));
        running.add(workers.submit(() -> sync(lane)));
        for (Future<?> sync : running) {
            sync.get(3, TimeUnit.MINUTES);
        }
        running.clear();
        for (ChaosLane each : allLanes()) {
            running.add(workers.submit(() -> sync(each)));
        }
        for (Future<?> sync : running) {
            sync.get(3, TimeUnit.MINUTES);
        }
    }

    /**
     * A car enters at a lane that cannot reach the server; two exit lanes then take its ticket (a driver who shows it
     * twice, a cloned ticket): online the second is refused, offline both let it out and the loser must stay visible.
     */
    private void twoExitsWhileEntryOffline() {
        ChaosLane entryLane = pick(entryLanes);
        List<ChaosLane> shuffled = new ArrayList<>(exitLanes);
        java.util.Collections.shuffle(shuffled, random);
        ChaosLane first = shuffled.get(0);
        ChaosLane second = shuffled.get(1);
        boolean exitsOffline = random.nextBoolean();
        entryLane.link().cut();
        healAt.put(entryLane.link(), step + 2 + random.nextInt(8));
        if (exitsOffline) {
            first.link().cut();
            second.link().cut();
            healAt.put(first.link(), step + 1 + random.nextInt(6));
            healAt.put(second.link(), step + 1 + random.nextInt(6));
        }
        recordFault("two exits (" + first + ", " + second + (exitsOffline ? ", both offline" : ", online")
                + ") of one ticket while its entry waits offline at " + entryLane);
        EntryOutcome entered;
        try {
            entered = entryCommand(entryLane).get();
        } catch (RuntimeException e) {
            laneError(entryLane, "entry", e);
            return;
        }
        ledger.entered(entryLane.station(), entered);
        for (ChaosLane exitLane : List.of(first, second)) {
            exitWith(exitLane, () -> {
                ExitQuote quote = exitLane.client().exitLane().quoteTicket(entered.ticketCode(), false);
                return exitLane.client().exitLane().exit(quote, quote.fee(), "CASH");
            });
        }
    }

    // ---- the end

    /** Every fault healed, the server up, every lane synced until nothing is left to send. */
    private void heal() throws Exception {
        log.info("chaos: healing after {} steps and {} faults", step, faultLog.size());
        healAt.keySet().forEach(TcpProxy::restore);
        healAt.clear();
        if (server.databaseLink() != null) {
            server.databaseLink().restore();
        }
        allLanes().forEach(lane -> lane.link().restore());
        server.awaitHealthy(Duration.ofMinutes(3));
        for (int round = 1; round <= 5; round++) {
            allLanes().forEach(lane -> lane.client().session().serverReachable());
            List<ChaosLane> order = new ArrayList<>(allLanes());
            java.util.Collections.shuffle(order, random);
            order.forEach(this::sync);
            if (allLanes().stream().allMatch(lane -> lane.offline().pendingCount() == 0)) {
                break;
            }
            Thread.sleep(6_000); // past the lanes' fail-fast window after a last failure
        }
    }
}
