package id.sistemparkir.client.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

/**
 * The order records are sent in (DESIGN §6): oldest device time first, but never an exit before the entry it needs
 * when both are waiting (lane clocks differ, so an exit can carry an earlier time than its entry).
 *
 * <p>A topological sort that always takes the oldest record that is free to go: an exit whose entry is in the list
 * becomes free once that entry is placed. Ties go by kind (entry first), then by id, so the order is the same on
 * every run.
 */
final class SyncOrder {

    private static final Comparator<PendingRecord> OLDEST_FIRST = Comparator.comparing(PendingRecord::deviceTime)
            .thenComparing(record -> record.isEntry() ? 0 : 1)
            .thenComparing(PendingRecord::id);

    private SyncOrder() {}

    static List<PendingRecord> sort(List<PendingRecord> records) {
        Set<UUID> entryIds = new HashSet<>();
        for (PendingRecord record : records) {
            if (record.isEntry()) {
                entryIds.add(record.id());
            }
        }
        PriorityQueue<PendingRecord> free = new PriorityQueue<>(OLDEST_FIRST);
        Map<UUID, List<PendingRecord>> waitingFor = new HashMap<>();
        for (PendingRecord record : records) {
            Optional<UUID> entryId = record.requiredEntryId().filter(entryIds::contains);
            if (entryId.isPresent()) {
                waitingFor
                        .computeIfAbsent(entryId.get(), id -> new ArrayList<>())
                        .add(record);
            } else {
                free.add(record);
            }
        }
        List<PendingRecord> ordered = new ArrayList<>(records.size());
        while (!free.isEmpty()) {
            PendingRecord next = free.poll();
            ordered.add(next);
            if (next.isEntry()) {
                free.addAll(waitingFor.getOrDefault(next.id(), List.of()));
                waitingFor.remove(next.id());
            }
        }
        return ordered;
    }
}
