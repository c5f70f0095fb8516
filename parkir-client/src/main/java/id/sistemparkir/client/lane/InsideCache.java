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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vehicles inside, as this lane last heard: filled from the server's snapshot and the realtime stream, plus the
 * entries this lane stored offline. Kept on disk so that an exit lane restarted while offline still finds an
 * earlier-seen vehicle (seed: "ParkingOut can still process an exit when the vehicle's data was found earlier").
 */
public final class InsideCache implements RealtimeListener {

    private static final Logger log = LoggerFactory.getLogger(InsideCache.class);
    private static final TypeReference<List<SessionView>> LIST = new TypeReference<>() {};

    private final Path file;
    private final Map<UUID, SessionView> inside = new LinkedHashMap<>();
    private boolean dirty;

    public InsideCache(Path dataDir) {
        this.file = dataDir.resolve("cache").resolve("vehicles-inside.json");
        load();
    }

    public synchronized void replaceAll(List<SessionView> snapshot) {
        inside.clear();
        snapshot.stream().filter(s -> "ACTIVE".equals(s.status())).forEach(s -> inside.put(s.id(), s));
        dirty = true;
        flush();
    }

    public synchronized void put(SessionView session) {
        if ("ACTIVE".equals(session.status())) {
            inside.put(session.id(), session);
        } else {
            inside.remove(session.id());
        }
        dirty = true;
    }

    public synchronized void remove(UUID sessionId) {
        dirty |= inside.remove(sessionId) != null;
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
