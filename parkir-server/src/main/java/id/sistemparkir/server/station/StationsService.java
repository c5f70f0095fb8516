package id.sistemparkir.server.station;

import id.sistemparkir.server.realtime.RealtimeHub;
import id.sistemparkir.server.realtime.StationView;
import id.sistemparkir.server.settings.SettingsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/** Every station known from heartbeats (the realtime hub) or from HTTP calls ({@link CallTracker}), merged by code. */
public final class StationsService {

    private final Jdbi jdbi;
    private final RealtimeHub hub;
    private final CallTracker calls;
    private final SettingsService settings;
    private final Clock clock;

    public StationsService(Jdbi jdbi, RealtimeHub hub, CallTracker calls, SettingsService settings, Clock clock) {
        this.jdbi = jdbi;
        this.hub = hub;
        this.calls = calls;
        this.settings = settings;
        this.clock = clock;
    }

    public List<StationInfo> list() {
        Map<String, StationView> heartbeats = new HashMap<>();
        for (StationView view : hub.stations()) {
            heartbeats.put(view.code(), view);
        }
        // Memory before the table: a flush between the two reads then finds the call in one of them, never in neither.
        Map<String, CallTracker.Call> unwritten = calls.unwritten();
        Map<String, CallTracker.Call> lastCalls = new HashMap<>(storedCalls());
        lastCalls.putAll(unwritten);
        Duration offlineAfter = Duration.ofMinutes(settings.current().laneOfflineMinutes());
        Instant now = clock.instant();
        Map<String, StationInfo> byCode = new TreeMap<>();
        for (String code : union(heartbeats, lastCalls)) {
            byCode.put(code, merge(code, heartbeats.get(code), lastCalls.get(code), now, offlineAfter));
        }
        return List.copyOf(byCode.values());
    }

    private static StationInfo merge(
            String code, StationView beat, CallTracker.Call call, Instant now, Duration offlineAfter) {
        Instant lastHeartbeat = beat == null ? null : beat.lastSeen();
        Instant lastCall = call == null ? null : call.at();
        Instant lastSeen = later(lastHeartbeat, lastCall);
        boolean connected = beat != null && beat.connected();
        boolean offline =
                !connected && (lastSeen == null || lastSeen.plus(offlineAfter).isBefore(now));
        String operator = beat != null && beat.operator() != null ? beat.operator() : call == null ? null : call.user();
        return new StationInfo(
                code,
                beat == null ? "COMMAND_LINE" : "WINDOW",
                beat == null ? null : beat.app(),
                operator,
                connected,
                lastHeartbeat,
                lastCall,
                lastSeen,
                beat == null ? null : beat.pendingOffline(),
                beat == null ? null : beat.needsAttention(),
                offline);
    }

    private Map<String, CallTracker.Call> storedCalls() {
        Map<String, CallTracker.Call> stored = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(
                        "SELECT code, last_call_user, last_call_at FROM stations WHERE last_call_at IS NOT NULL")
                .map((rs, ctx) -> stored.put(
                        rs.getString("code"),
                        new CallTracker.Call(
                                rs.getString("last_call_user"),
                                ctx.findColumnMapperFor(Instant.class)
                                        .orElseThrow()
                                        .map(rs, "last_call_at", ctx))))
                .list());
        return stored;
    }

    private static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        java.util.Set<String> codes = new java.util.TreeSet<>(a.keySet());
        codes.addAll(b.keySet());
        return codes;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
