package id.sistemparkir.client.offline;

import id.sistemparkir.client.files.AtomicFiles;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.text.Excerpt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A station's outbox on disk (DESIGN §6, contract): one JSON file per transaction in {@code offline_data/}, photos in
 * {@code Images/Masuk} and {@code Images/Keluar}, records the server refused in {@code offline_data/needs-attention/}
 * and unreadable files in {@code offline_data/rejected/}, each of the last two with a {@code .reason} file.
 *
 * <p>The disk is the truth: every read lists the folder again, every change re-reads the file first, and every write
 * is atomic (temp file, fsync, rename, fsync of the folder), so a crash at any point leaves either the old file or
 * the new one. The store never overwrites a different record and never deletes one that was not sent. Thread-safe;
 * several processes on one data dir are safe too, as every change is a single rename or delete (only one of them may
 * sync at a time: {@code SyncLock}).
 *
 * <p>Methods throw {@link UncheckedIOException} when the disk fails.
 */
public final class OfflineStore {

    private static final Logger log = LoggerFactory.getLogger(OfflineStore.class);

    public static final String OFFLINE_DATA = "offline_data";
    public static final String REJECTED = "rejected";
    public static final String NEEDS_ATTENTION = "needs-attention";
    public static final String IMAGES = "Images";
    /** Under needs-attention: records a person set aside for good, with a reason (kept, never sent, never deleted). */
    public static final String SET_ASIDE = "set-aside";

    /** A pending record older than this is worth a warning: the queue is stuck. */
    public static final Duration OLD_RECORD_WARNING = Duration.ofHours(24);

    /** Less free disk than this is worth a warning: the next photos may not fit. */
    public static final long LOW_DISK_BYTES = 200L * 1024 * 1024;

    private static final int MAX_ERROR_CHARS = 1000;

    private final Path dataDir;
    private final Path offlineDir;
    private final RecordFolder pendingFolder;
    private final RecordFolder attentionFolder;
    private final RecordFolder setAsideFolder;
    private final PhotoFiles photos;
    private final Clock clock;
    private final ZoneId zone;
    private final ToLongFunction<Path> freeSpace;
    private final List<Consumer<OutboxCounts>> listeners = new CopyOnWriteArrayList<>();
    private OutboxCounts counts; // guarded by this; null until first counted

    /**
     * @param dataDir the station's data dir, e.g. {@code ./parkir-data/IN1}
     * @param clock for ages and the time stamps of {@code .reason} files
     * @param zone the station's zone, for the time in file names
     */
    public OfflineStore(Path dataDir, Clock clock, ZoneId zone) {
        this(dataDir, clock, zone, OfflineStore::usableSpace);
    }

    OfflineStore(Path dataDir, Clock clock, ZoneId zone, ToLongFunction<Path> freeSpace) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.freeSpace = freeSpace;
        this.offlineDir = dataDir.resolve(OFFLINE_DATA);
        Path rejectedDir = offlineDir.resolve(REJECTED);
        this.pendingFolder = new RecordFolder(offlineDir, rejectedDir, clock);
        this.attentionFolder = new RecordFolder(offlineDir.resolve(NEEDS_ATTENTION), rejectedDir, clock);
        this.setAsideFolder =
                new RecordFolder(offlineDir.resolve(NEEDS_ATTENTION).resolve(SET_ASIDE), rejectedDir, clock);
        this.photos = new PhotoFiles(dataDir.resolve(IMAGES));
        removeLeftoverTemps(rejectedDir);
    }

    /** Temp files a crash left behind (issue 7, item 14): readers skip them, but they would pile up. */
    private void removeLeftoverTemps(Path rejectedDir) {
        AtomicFiles.removeLeftoverTemps(offlineDir);
        AtomicFiles.removeLeftoverTemps(offlineDir.resolve(NEEDS_ATTENTION));
        AtomicFiles.removeLeftoverTemps(rejectedDir);
        for (PhotoKind kind : PhotoKind.values()) {
            AtomicFiles.removeLeftoverTemps(dataDir.resolve(IMAGES).resolve(kind.folder()));
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Stores a record for a later sync. Saving the same record again rewrites its file (one file per id).
     *
     * @return the record as stored
     * @throws IllegalStateException when a different record with this id is stored, or this id needs attention
     */
    public synchronized PendingRecord save(OfflineRecord record) {
        Objects.requireNonNull(record, "record");
        PendingRecord saved = io("save record " + record.id(), () -> {
            Files.createDirectories(offlineDir);
            if (attentionFolder.find(record.id()).isPresent()) {
                throw new IllegalStateException("record " + record.id() + " is in the needs-attention list");
            }
            Path target = offlineDir.resolve(OfflineFileName.of(record, deviceTime(record), zone));
            Optional<Path> existing = pendingFolder.find(record.id());
            if (existing.isPresent()) {
                Optional<PendingRecord> stored = pendingFolder.read(existing.get());
                if (stored.isPresent()) {
                    requireSameTransaction(stored.get(), record);
                    target = existing.get();
                }
            }
            AtomicFiles.write(target, Json.mapper().writeValueAsBytes(record));
            return new PendingRecord(target, record);
        });
        recount();
        return saved;
    }

    /**
     * The records waiting to be sent, read from disk, in sync order: oldest device time first, an exit never before
     * the entry it needs. Skips temp files; moves unreadable files to {@code rejected/} (logged, with a reason).
     */
    public synchronized List<PendingRecord> pending() {
        List<PendingRecord> records = io("list pending records", () -> SyncOrder.sort(pendingFolder.readAll()));
        recount(); // reading may have moved unreadable files aside
        return records;
    }

    /**
     * How many record files wait, as last counted (no folder listing per call: the count is refreshed after every
     * change made through this store, and by {@link #refreshCounts()} for changes made by another process). An
     * unreadable file counts until {@link #pending} moves it aside.
     */
    public synchronized int pendingCount() {
        return counts().pending();
    }

    /** The pending and needs-attention counts as last counted (see {@link #pendingCount()}). */
    public synchronized OutboxCounts counts() {
        if (counts == null) {
            counts = countOnDisk();
        }
        return counts;
    }

    /** Counts the folders again (e.g. another process synced) and tells the listeners if the counts changed. */
    public void refreshCounts() {
        recount();
    }

    /**
     * Told with the new counts whenever they change (a record saved, sent, refused, retried), on the changing thread,
     * which may hold the store's lock: must not block, nor call back into the store.
     */
    public void addListener(Consumer<OutboxCounts> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Counts one more failed attempt with its reason, re-reading the file so the count on disk is the one raised. */
    public synchronized PendingRecord recordFailure(PendingRecord pending, String error) {
        return io("record a failure of " + pending.id(), () -> {
            PendingRecord current = reread(pending, pendingFolder);
            OfflineRecord failed = current.record().withFailure(shorten(error));
            AtomicFiles.write(current.file(), Json.mapper().writeValueAsBytes(failed));
            return new PendingRecord(current.file(), failed);
        });
    }

    /**
     * Deletes a sent record's file. Its photo stays: remove that with {@link #removePhoto} once it was uploaded.
     *
     * <p>The folder is not forced to disk after the delete (decision 0028): a delete that a power cut undoes brings back
     * a record the server already has, which the next sync sends again and the server answers "already present". And
     * the count goes one down instead of listing the folder again: after a long outage it holds thousands of files,
     * and a sync removes them one by one.
     */
    public synchronized void remove(PendingRecord pending) {
        boolean deleted =
                io("remove record " + pending.id(), () -> Files.deleteIfExists(requireIn(pending, pendingFolder)));
        if (deleted && counts != null) {
            changed(new OutboxCounts(Math.max(0, counts.pending() - 1), counts.needsAttention()));
        } else {
            recount();
        }
    }

    /**
     * Moves a record the server refused to the visible needs-attention list (DESIGN §5a), counting the attempt and
     * writing {@code reason} into it and into {@code <name>.reason}. Its photo stays where it is.
     */
    public synchronized void moveToNeedsAttention(PendingRecord pending, String reason) {
        io("move record " + pending.id() + " to needs-attention", () -> {
            PendingRecord current = reread(pending, pendingFolder);
            OfflineRecord failed = current.record().withFailure(shorten(reason));
            AtomicFiles.write(current.file(), Json.mapper().writeValueAsBytes(failed));
            Files.createDirectories(attentionFolder.dir());
            Path target = attentionFolder.dir().resolve(current.file().getFileName());
            AtomicFiles.write(RecordFolder.reasonFile(target), pendingFolder.reasonText(reason));
            AtomicFiles.move(current.file(), target);
            return null;
        });
        recount();
    }

    /** The records that need a person, oldest first. */
    public synchronized List<PendingRecord> needsAttention() {
        return io("list needs-attention records", () -> {
            List<PendingRecord> records = new ArrayList<>(attentionFolder.readAll());
            records.sort(Comparator.comparing(PendingRecord::deviceTime).thenComparing(PendingRecord::id));
            return records;
        });
    }

    /** Why a needs-attention record was refused (the first line of its {@code .reason} file). */
    public Optional<String> needsAttentionReason(PendingRecord record) {
        return io(
                "read the reason of " + record.id(),
                () -> firstLine(RecordFolder.reasonFile(requireIn(record, attentionFolder))));
    }

    private static Optional<String> firstLine(Path reason) throws IOException {
        try {
            return NoFollow.read(reason, 64 * 1024)
                    .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                    .flatMap(text -> text.lines().findFirst())
                    .map(RecordFolder::oneLine);
        } catch (NoSuchFileException | NoFollow.NotARegularFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Puts a needs-attention record back in the queue for the next sync.
     *
     * @throws NoSuchElementException when no record with this id needs attention
     * @throws IllegalStateException when a record with this id is already pending
     */
    public synchronized void retryNeedsAttention(UUID id) {
        io("retry record " + id, () -> {
            Path file = attentionFolder
                    .find(id)
                    .orElseThrow(() -> new NoSuchElementException("no record " + id + " needs attention"));
            if (pendingFolder.find(id).isPresent()) {
                throw new IllegalStateException("record " + id + " is already pending");
            }
            AtomicFiles.move(file, offlineDir.resolve(file.getFileName()));
            AtomicFiles.delete(RecordFolder.reasonFile(file));
            return null;
        });
        recount();
    }

    /**
     * Sets a needs-attention record aside for good (e.g. a future time that the server will always refuse): it moves
     * to {@code needs-attention/set-aside/} with the person's reason and the server's last refusal in its
     * {@code .reason} file, and is never sent nor deleted.
     *
     * @return the record where it is now
     * @throws NoSuchElementException when no record with this id needs attention
     * @throws IllegalArgumentException when the reason is blank
     */
    public synchronized PendingRecord setAside(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a record is set aside only with a reason");
        }
        PendingRecord moved = io("set record " + id + " aside", () -> {
            Path file = attentionFolder
                    .find(id)
                    .orElseThrow(() -> new NoSuchElementException("no record " + id + " needs attention"));
            PendingRecord current = attentionFolder
                    .read(file)
                    .orElseThrow(() -> new NoSuchElementException("record " + id + " is no longer in " + file));
            String refusal = needsAttentionReason(current).orElse("-");
            Files.createDirectories(setAsideFolder.dir());
            Path target = setAsideFolder.dir().resolve(file.getFileName());
            AtomicFiles.write(
                    RecordFolder.reasonFile(target),
                    setAsideFolder.reasonText(reason.strip() + " (refused by the server: " + refusal + ")"));
            AtomicFiles.move(file, target);
            AtomicFiles.delete(RecordFolder.reasonFile(file));
            return new PendingRecord(target, current.record());
        });
        log.warn(
                "Set aside {} record {} ({}): {}",
                moved.kind(),
                id,
                moved.file().getFileName(),
                reason.strip());
        recount();
        return moved;
    }

    /** The records set aside, oldest first. */
    public synchronized List<PendingRecord> setAsideRecords() {
        return io("list set-aside records", () -> {
            List<PendingRecord> records = new ArrayList<>(setAsideFolder.readAll());
            records.sort(Comparator.comparing(PendingRecord::deviceTime).thenComparing(PendingRecord::id));
            return records;
        });
    }

    /**
     * The set-aside records the server has not been told about yet, oldest first, each with the first line of its
     * {@code .reason} file. A record counts as told once {@code <name>.reported} lies beside it; that file does not end
     * in {@code .json}, so the folder's readers never take it for a record.
     */
    public synchronized List<SetAsideRecord> unreportedSetAside() {
        List<PendingRecord> records = setAsideRecords();
        return io("list unreported set-aside records", () -> {
            List<SetAsideRecord> unreported = new ArrayList<>();
            for (PendingRecord record : records) {
                if (!Files.exists(RecordFolder.reportedFile(record.file()), LinkOption.NOFOLLOW_LINKS)) {
                    String reason =
                            firstLine(RecordFolder.reasonFile(record.file())).orElse("(no reason given)");
                    unreported.add(new SetAsideRecord(record, reason));
                }
            }
            return unreported;
        });
    }

    /** Remembers that the server has a set-aside record's report, so no later sync sends it again. */
    public synchronized void markSetAsideReported(UUID id) {
        io("mark set-aside record " + id + " reported", () -> {
            Path file = setAsideFolder
                    .find(id)
                    .orElseThrow(() -> new NoSuchElementException("no record " + id + " is set aside"));
            AtomicFiles.write(RecordFolder.reportedFile(file), setAsideFolder.reasonText("reported to the server"));
            return null;
        });
    }

    /** Puts every needs-attention record back in the queue; returns how many. */
    public synchronized int retryAllNeedsAttention() {
        List<PendingRecord> records = needsAttention();
        for (PendingRecord record : records) {
            retryNeedsAttention(record.id());
        }
        return records.size();
    }

    /** Stores a record's photo atomically as {@code Images/<Masuk|Keluar>/<id>.jpg}, replacing an earlier one. */
    public synchronized Path savePhoto(UUID id, PhotoKind kind, byte[] jpeg) {
        return io("save photo " + id, () -> photos.save(id, kind, jpeg));
    }

    /** A record's photo; a link or an oversized file in its place is moved to {@code rejected/} and not sent. */
    public synchronized Optional<byte[]> photo(UUID id, PhotoKind kind) {
        return io("read photo " + id, () -> {
            try {
                return photos.read(id, kind);
            } catch (NoFollow.NotARegularFileException e) {
                pendingFolder.reject(photos.path(id, kind), "photo: " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** Ids of all photos kept for {@code kind}, with or without a pending record. */
    public synchronized List<UUID> photoIds(PhotoKind kind) {
        return io("list photos", () -> photos.ids(kind));
    }

    /**
     * Moves a photo the server refused (e.g. 413 from a proxy's body limit) to {@code offline_data/rejected/} with a
     * {@code .reason} file: kept for a person to look at, never deleted, not sent again (DESIGN §6).
     */
    public synchronized void rejectPhoto(UUID id, PhotoKind kind, String reason) {
        io("reject photo " + id, () -> {
            Path file = photos.path(id, kind);
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                pendingFolder.reject(file, "photo " + kind.apiKind() + " refused by the server: " + reason);
            }
            return null;
        });
    }

    public synchronized void removePhoto(UUID id, PhotoKind kind) {
        io("remove photo " + id, () -> {
            photos.remove(id, kind);
            return null;
        });
    }

    /** Counts, the oldest record's age, free disk, and warnings for a stuck queue or a full disk. */
    public synchronized OutboxHealth health() {
        return io("check the outbox", () -> {
            List<OfflineFileName> names = pendingFolder.names();
            int attention = attentionFolder.names().size();
            Instant now = clock.instant();
            Optional<Duration> oldestAge = names.stream()
                    .flatMap(name -> name.time(zone).stream())
                    .min(Comparator.naturalOrder())
                    .map(oldest -> oldest.isAfter(now) ? Duration.ZERO : Duration.between(oldest, now));
            long free = freeSpace.applyAsLong(
                    Files.isDirectory(dataDir)
                            ? dataDir
                            : dataDir.toAbsolutePath().getRoot());
            List<Message> warnings = new ArrayList<>();
            oldestAge
                    .filter(age -> age.compareTo(OLD_RECORD_WARNING) > 0)
                    .ifPresent(age -> warnings.add(Message.of("outbox.warning.old_record", age.toHours())));
            if (free < LOW_DISK_BYTES) {
                warnings.add(Message.of("outbox.warning.low_disk", free / (1024 * 1024)));
            }
            if (attention > 0) {
                warnings.add(Message.of("outbox.warning.needs_attention", attention));
            }
            return new OutboxHealth(names.size(), attention, oldestAge, free, warnings);
        });
    }

    private OutboxCounts countOnDisk() {
        return io(
                "count offline records",
                () -> new OutboxCounts(
                        pendingFolder.names().size(), attentionFolder.names().size()));
    }

    /** Counts again; tells the listeners when the counts changed. */
    private void recount() {
        OutboxCounts now;
        synchronized (this) {
            try {
                now = countOnDisk();
            } catch (UncheckedIOException e) {
                log.warn("Cannot count the offline records: {}", e.getMessage());
                return;
            }
        }
        changed(now);
    }

    /** Takes the new counts; tells the listeners when they changed. */
    private void changed(OutboxCounts now) {
        synchronized (this) {
            if (now.equals(counts)) {
                return;
            }
            counts = now;
        }
        for (Consumer<OutboxCounts> listener : listeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                log.warn("An outbox listener failed", e);
            }
        }
    }

    private static Instant deviceTime(OfflineRecord record) {
        return record.entry() != null
                ? record.entry().entryTime()
                : record.exit().exitTime();
    }

    private static void requireSameTransaction(PendingRecord stored, OfflineRecord record) {
        boolean same = Objects.equals(stored.record().entry(), record.entry())
                && Objects.equals(stored.record().exit(), record.exit());
        if (!same) {
            throw new IllegalStateException("a different record with id " + record.id() + " is already stored in "
                    + stored.file().getFileName());
        }
    }

    /** The record as it is on disk now, after checking that {@code pending} names a file of {@code folder}. */
    private static PendingRecord reread(PendingRecord pending, RecordFolder folder) throws IOException {
        Path file = requireIn(pending, folder);
        PendingRecord current = folder.read(file)
                .orElseThrow(() -> new NoSuchElementException("record " + pending.id() + " is no longer in " + file));
        if (!current.id().equals(pending.id())) {
            throw new IllegalStateException("file " + file + " holds another record than " + pending.id());
        }
        return current;
    }

    /** Refuses a {@link PendingRecord} whose path is not this store's file for that record. */
    private static Path requireIn(PendingRecord pending, RecordFolder folder) {
        Path file = pending.file();
        Path expectedDir = folder.dir().toAbsolutePath().normalize();
        boolean inFolder = expectedDir.equals(file.toAbsolutePath().normalize().getParent());
        boolean named = OfflineFileName.parse(file.getFileName().toString())
                .filter(name -> name.idText().equals(RecordIds.pathSegment(pending.id())))
                .isPresent();
        if (!inFolder || !named) {
            throw new IllegalArgumentException("not a record file of " + folder.dir() + ": " + file);
        }
        return file;
    }

    private static String shorten(String text) {
        return Excerpt.bound(RecordFolder.oneLine(text), MAX_ERROR_CHARS);
    }

    private static long usableSpace(Path path) {
        try {
            return Files.getFileStore(path).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IoAction<T> {
        T run() throws IOException;
    }

    private static <T> T io(String what, IoAction<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not " + what + ": " + e.getMessage(), e);
        }
    }
}
