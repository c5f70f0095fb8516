package id.sistemparkir.client.lane;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sistemparkir.client.files.AtomicFiles;
import id.sistemparkir.client.realtime.RealtimeListener;
import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.core.contract.RealtimeFrame;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vehicles inside, as this lane last heard: filled from the server's snapshot (every vehicle inside, paged, no
 * cap) and the realtime stream, plus the entries this lane stored offline — so every lane, also an exit lane that
 * never saw the entry, finds every vehicle inside by plate when offline. Kept on disk so that an exit lane restarted while offline still finds an
 * earlier-seen vehicle (seed: "ParkingOut can still process an exit when the vehicle's data was found earlier").
 */
public final class InsideCache implements RealtimeListener {

    private static final Logger log = LoggerFactory.getLogger(InsideCache.class);
    private static final TypeReference<List<SessionView>> LIST = new TypeReference<>() {};

    private final Path file;
    private static final String ACTIVE = "ACTIVE";

    private final Map<UUID, SessionView> inside = new LinkedHashMap<>();
    private boolean dirty;
    private Fill fill; // null unless a snapshot is being loaded

    /** What a snapshot load collects, and what the stream changed while it ran. */
    private static final class Fill {
        final Map<UUID, SessionView> snapshot = new LinkedHashMap<>();
        final Map<UUID, SessionView> changed = new LinkedHashMap<>();
        final Set<UUID> exited = new HashSet<>();
    }

    public InsideCache(Path dataDir) {
        this.file = dataDir.resolve("cache").resolve("vehicles-inside.json");
        AtomicFiles.removeLeftoverTemps(file.getParent());
        load();
    }

    /** Replaces the cache with {@code snapshot} (one page), as {@link #beginFill}, {@link #fillPage}, {@link #finishFill}. */
    public synchronized void replaceAll(List<SessionView> snapshot) {
        beginFill();
        fillPage(snapshot);
        finishFill();
    }

    /**
     * Starts loading the server's snapshot, page by page, while the realtime stream goes on: from now until
     * {@link #finishFill()}, what the stream (or this lane) says about a session wins over the snapshot, so a vehicle
     * that exited meanwhile is not brought back by a page read before its exit (issue 7, item 13).
     */
    public synchronized void beginFill() {
        fill = new Fill();
    }

    public synchronized void fillPage(List<SessionView> page) {
        if (fill == null) {
            throw new IllegalStateException("no fill started");
        }
        page.stream().filter(s -> ACTIVE.equals(s.status())).forEach(s -> fill.snapshot.put(s.id(), s));
    }

    /** The snapshot, corrected by what changed since {@link #beginFill()}, becomes the cache; then it is written. */
    public synchronized void finishFill() {
        if (fill == null) {
            throw new IllegalStateException("no fill started");
        }
        Map<UUID, SessionView> next = new LinkedHashMap<>(fill.snapshot);
        // This lane's own offline entries are not on the server yet: they stay until an exit removes them.
        inside.values().stream().filter(SessionView::offlineEntry).forEach(s -> next.putIfAbsent(s.id(), s));
        next.putAll(fill.changed);
        fill.exited.forEach(next::remove);
        inside.clear();
        inside.putAll(next);
        fill = null;
        dirty = true;
        flush();
    }

    /** A fill that failed half-way (the server went away): the cache stays as it was, with the stream's changes. */
    public synchronized void abandonFill() {
        fill = null;
    }

    public synchronized void put(SessionView session) {
        if (ACTIVE.equals(session.status())) {
            inside.put(session.id(), session);
            if (fill != null) {
                fill.changed.put(session.id(), session);
                fill.exited.remove(session.id());
            }
            dirty = true;
        } else {
            remove(session.id());
        }
    }

    public synchronized void remove(UUID sessionId) {
        dirty |= inside.remove(sessionId) != null;
        if (fill != null) {
            fill.changed.remove(sessionId);
            fill.exited.add(sessionId);
        }
    }

    public synchronized Optional<SessionView> byId(UUID sessionId) {
        return Optional.ofNullable(inside.get(sessionId));
    }

    /** Newest first; {@code normalizedPrefix} as {@code Plates.normalizeForSearch} makes it. */
    public synchronized List<SessionView> byPlatePrefix(String normalizedPrefix) {
        return inside.values().stream()
                .filter(s -> s.plate().startsWith(normalizedPrefix))
                .sorted(Comparator.comparing(SessionView::entryTime).reversed())
                .toList();
    }

    /** The vehicles inside whose ticket has the short code ({@code canonical} as {@code ShortCode.parse} makes it). */
    public synchronized List<SessionView> byShortCode(String canonical) {
        return inside.values().stream()
                .filter(s -> canonical.equals(s.shortCode()))
                .sorted(Comparator.comparing(SessionView::entryTime).reversed())
                .toList();
    }

    public synchronized int size() {
        return inside.size();
    }

    @Override
    public void onEvent(RealtimeFrame.Event event) {
        try {
            if (EventNames.VEHICLE_ENTERED.equals(event.event())
                    || EventNames.VEHICLE_EXITED.equals(event.event())
                    || EventNames.SESSION_UPDATED.equals(event.event())) {
                put(Json.lenientMapper().treeToValue(event.data(), SessionView.class));
            }
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Ignoring event {} that does not carry a session: {}", event.seq(), e.getMessage());
        }
    }

    /** Writes the cache if it changed since the last write (called after changes and periodically). */
    public synchronized void flush() {
        if (!dirty) {
            return;
        }
        try {
            AtomicFiles.write(file, Json.mapper().writeValueAsBytes(new ArrayList<>(inside.values())));
            dirty = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Json.lenientMapper().readValue(file.toFile(), LIST).forEach(s -> inside.put(s.id(), s));
        } catch (IOException e) {
            log.warn("Ignoring an unreadable cache of vehicles inside {}: {}", file, e.getMessage());
        }
    }
}
