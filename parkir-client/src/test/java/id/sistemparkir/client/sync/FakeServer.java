package id.sistemparkir.client.sync;

import id.sistemparkir.core.contract.OfflineRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A server as the sync sees it, idempotent on ids like the real one (DESIGN §5a): the first send of an id applies it
 * (201, or 202 for an exit whose entry it has not seen), a replay is "already present", the same id with another
 * content a 409. Tests script answers per id, take it down, expire the token, or let it "crash" the client.
 */
final class FakeServer implements SyncTransport {

    /** A process kill in the middle of a sync: an {@link Error}, so nothing in the engine catches it. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated process kill");
        }
    }

    private final Map<UUID, OfflineRecord> applied = new HashMap<>();
    private final Map<UUID, Integer> applications = new HashMap<>();
    private final Map<UUID, byte[]> photos = new HashMap<>();
    private final Map<UUID, String> photoKinds = new HashMap<>();
    private final Map<UUID, Deque<SendResult>> scripted = new HashMap<>();
    private final Map<UUID, Deque<SendResult>> scriptedPhotos = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final Map<UUID, String> setAsideReports = new HashMap<>();
    private SendResult down;
    private boolean tokenValid = true;
    private boolean reloginWorks = true;
    private int relogins;
    private int crashAfterApplying = -1;
    private Consumer<OfflineRecord> onSend = record -> {};
    private Consumer<UUID> onPhoto = id -> {};

    // --- the transport

    @Override
    public synchronized SendResult send(OfflineRecord record) {
        calls.add("send " + record.id());
        onSend.accept(record);
        if (!tokenValid) {
            return new SendResult.Unauthorized("token expired");
        }
        SendResult script = next(scripted, record.id());
        if (script != null) {
            return script;
        }
        if (down != null) {
            return down;
        }
        OfflineRecord before = applied.get(record.id());
        if (before != null) {
            boolean same =
                    Objects.equals(before.entry(), record.entry()) && Objects.equals(before.exit(), record.exit());
            return same
                    ? new SendResult.AlreadyPresent()
                    : new SendResult.Rejected(409, "id_conflict", "A different record was already received.");
        }
        applied.put(record.id(), record);
        applications.merge(record.id(), 1, Integer::sum);
        if (crashAfterApplying > 0 && applied.size() == crashAfterApplying) {
            crashAfterApplying = -1;
            throw new SimulatedCrash(); // applied on the server, the answer never reaches the lane
        }
        boolean entryMissing = record.exit() != null
                && record.exit().entryId() != null
                && !applied.containsKey(record.exit().entryId());
        return entryMissing ? new SendResult.Accepted() : new SendResult.Created();
    }

    @Override
    public synchronized SendResult uploadPhoto(UUID recordId, String apiKind, byte[] jpeg) {
        calls.add("photo " + recordId);
        onPhoto.accept(recordId);
        if (!tokenValid) {
            return new SendResult.Unauthorized("token expired");
        }
        SendResult script = next(scriptedPhotos, recordId);
        if (script != null) {
            return script;
        }
        if (down != null) {
            return down;
        }
        boolean fresh = photos.put(recordId, jpeg.clone()) == null;
        photoKinds.put(recordId, apiKind);
        return fresh ? new SendResult.Created() : new SendResult.AlreadyPresent();
    }

    @Override
    public synchronized SendResult reportSetAside(id.sistemparkir.core.contract.SetAsideReport report) {
        calls.add("set-aside " + report.recordId());
        if (!tokenValid) {
            return new SendResult.Unauthorized("token expired");
        }
        if (down != null) {
            return down;
        }
        return setAsideReports.putIfAbsent(report.recordId(), report.reason()) == null
                ? new SendResult.Created()
                : new SendResult.AlreadyPresent();
    }

    @Override
    public synchronized boolean relogin() {
        relogins++;
        if (reloginWorks) {
            tokenValid = true;
        }
        return reloginWorks;
    }

    // --- what tests set

    synchronized FakeServer answer(UUID id, SendResult... answers) {
        scripted.computeIfAbsent(id, key -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    synchronized FakeServer answerPhoto(UUID id, SendResult... answers) {
        scriptedPhotos.computeIfAbsent(id, key -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    synchronized void down(SendResult answer) {
        this.down = answer;
    }

    synchronized void up() {
        this.down = null;
    }

    synchronized void expireToken(boolean reloginWorks) {
        this.tokenValid = false;
        this.reloginWorks = reloginWorks;
    }

    /** The {@code n}-th new record is applied, then the client "dies" before it hears the answer. */
    synchronized void crashAfterApplying(int n) {
        this.crashAfterApplying = n;
    }

    synchronized void onSend(Consumer<OfflineRecord> hook) {
        this.onSend = hook;
    }

    synchronized void onPhoto(Consumer<UUID> hook) {
        this.onPhoto = hook;
    }

    /** Records this server already has (as if sent by an earlier, interrupted run). */
    synchronized void alreadyHas(OfflineRecord record) {
        applied.put(record.id(), record);
        applications.merge(record.id(), 1, Integer::sum);
    }

    // --- what tests check

    synchronized Map<UUID, Integer> applications() {
        return Map.copyOf(applications);
    }

    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    synchronized long sends() {
        return calls.stream().filter(call -> call.startsWith("send ")).count();
    }

    synchronized Optional<byte[]> photo(UUID id) {
        return Optional.ofNullable(photos.get(id));
    }

    synchronized Optional<String> photoKind(UUID id) {
        return Optional.ofNullable(photoKinds.get(id));
    }

    synchronized Map<UUID, String> setAsideReports() {
        return Map.copyOf(setAsideReports);
    }

    synchronized int relogins() {
        return relogins;
    }

    synchronized List<UUID> appliedIds() {
        return Collections.unmodifiableList(new ArrayList<>(applied.keySet()));
    }

    private static SendResult next(Map<UUID, Deque<SendResult>> answers, UUID id) {
        Deque<SendResult> queue = answers.get(id);
        return queue == null ? null : queue.poll();
    }
}
