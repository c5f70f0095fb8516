package id.sistemparkir.server.duplicate;

import id.sistemparkir.server.session.SessionRecord;
import id.sistemparkir.server.session.SessionRecords;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Finds suspected duplicates among the ACTIVE sessions (see {@link DuplicateGroup} for the two kinds). */
public final class DuplicateFinder {

    /** Entries of one lane closer than this, with plates one character apart, look like one car. */
    public static final Duration NEAR_WINDOW = Duration.ofMinutes(2);

    /** More ACTIVE sessions than this are not compared pairwise (a garage holds far fewer). */
    static final int MAX_ACTIVE = 20_000;

    private final Jdbi jdbi;

    public DuplicateFinder(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<DuplicateGroup> find() {
        return jdbi.withHandle(h -> {
            List<SessionRecord> active = h.createQuery("SELECT " + SessionRecords.COLUMNS
                            + " FROM parking_sessions WHERE status = 'ACTIVE' ORDER BY entry_time, id LIMIT :limit")
                    .bind("limit", MAX_ACTIVE)
                    .map(SessionRecords::map)
                    .list();
            List<List<SessionRecord>> samePlate = samePlate(active);
            List<List<SessionRecord>> near = nearIdentical(active);
            Set<UUID> withPhoto = entryPhotos(h, active);
            List<DuplicateGroup> groups = new ArrayList<>();
            for (List<SessionRecord> group : samePlate) {
                groups.add(group("SAME_PLATE", group.get(0).plate(), group, withPhoto));
            }
            for (List<SessionRecord> pair : near) {
                String key = pair.get(0).entryGate() + ":" + pair.get(0).plate() + "~"
                        + pair.get(1).plate();
                groups.add(group("NEAR_IDENTICAL", key, pair, withPhoto));
            }
            return groups;
        });
    }

    static List<List<SessionRecord>> samePlate(List<SessionRecord> active) {
        Map<String, List<SessionRecord>> byPlate = active.stream()
                .collect(Collectors.groupingBy(SessionRecord::plate, LinkedHashMap::new, Collectors.toList()));
        return byPlate.values().stream().filter(list -> list.size() > 1).toList();
    }

    /** Pairs of one gate and class within the window whose plates are one edit apart (equal plates are SAME_PLATE). */
    static List<List<SessionRecord>> nearIdentical(List<SessionRecord> active) {
        List<List<SessionRecord>> pairs = new ArrayList<>();
        Map<String, List<SessionRecord>> byLane = active.stream()
                .collect(Collectors.groupingBy(
                        s -> s.entryGate() + "/" + s.vehicleType(), LinkedHashMap::new, Collectors.toList()));
        for (List<SessionRecord> lane : byLane.values()) {
            lane.sort(Comparator.comparing(SessionRecord::entryTime));
            for (int i = 0; i < lane.size(); i++) {
                for (int j = i + 1; j < lane.size(); j++) {
                    SessionRecord a = lane.get(i);
                    SessionRecord b = lane.get(j);
                    if (Duration.between(a.entryTime(), b.entryTime()).compareTo(NEAR_WINDOW) > 0) {
                        break;
                    }
                    if (!a.plate().equals(b.plate()) && oneEditApart(a.plate(), b.plate())) {
                        pairs.add(List.of(a, b));
                    }
                }
            }
        }
        return pairs;
    }

    /** True when one substitution, insertion or deletion turns {@code a} into {@code b}. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        if (i == shorter.length()) {
            return longer.length() - shorter.length() == 1; // equal strings are no edit apart
        }
        // Past the first difference the rest must match: skipping one character of each (substitution) or of the
        // longer one only (insertion).
        String rest = shorter.substring(i + (shorter.length() == longer.length() ? 1 : 0));
        return rest.equals(longer.substring(i + 1));
    }

    private static DuplicateGroup group(String kind, String key, List<SessionRecord> sessions, Set<UUID> withPhoto) {
        return new DuplicateGroup(
                kind,
                key,
                sessions.stream()
                        .map(s -> new DuplicateGroup.Candidate(
                                s, withPhoto.contains(s.id()) ? "/api/v1/photos/" + s.id() + "?kind=IN" : null))
                        .toList());
    }

    private static Set<UUID> entryPhotos(Handle h, List<SessionRecord> active) {
        if (active.isEmpty()) {
            return Set.of();
        }
        return h.createQuery("SELECT p.record_id FROM photos p JOIN parking_sessions s ON s.id = p.record_id"
                        + " WHERE s.status = 'ACTIVE' AND p.kind = 'IN'")
                .map((rs, ctx) -> UUID.fromString(rs.getString(1).trim()))
                .set();
    }
}
