package id.sistemparkir.client.chaos;

import id.sistemparkir.client.lane.EntryOutcome;
import id.sistemparkir.client.lane.ExitOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What the lanes confirmed to their operators (a ticket printed, a receipt printed, the barrier opened): the oracle's
 * truth. Also the cars inside as the lanes' operators know them, for the exit lanes to pick from.
 */
final class ChaosLedger {

    /** An entry the operator saw confirmed, at that lane. */
    record Entry(String station, EntryOutcome outcome) {}

    /** An exit the operator saw confirmed, at that lane. */
    record Exit(String station, ExitOutcome outcome) {}

    private final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());
    private final List<Exit> exits = Collections.synchronizedList(new ArrayList<>());
    private final List<Entry> inside = Collections.synchronizedList(new ArrayList<>());

    void entered(String station, EntryOutcome outcome) {
        Entry entry = new Entry(station, outcome);
        entries.add(entry);
        inside.add(entry);
    }

    void exited(String station, ExitOutcome outcome) {
        exits.add(new Exit(station, outcome));
        left(outcome.entryId());
    }

    /** The car is no longer inside (it left, or a lane said it already had). */
    void left(java.util.UUID entryId) {
        inside.removeIf(e -> e.outcome().id().equals(entryId));
    }

    /** A car inside, chosen by {@code random}; null when the garage is empty. */
    Entry anyInside(Random random) {
        synchronized (inside) {
            return inside.isEmpty() ? null : inside.get(random.nextInt(inside.size()));
        }
    }

    List<Entry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    List<Exit> exits() {
        synchronized (exits) {
            return List.copyOf(exits);
        }
    }

    /** What the run exercised, for the report: how many records went which way, how much money. */
    String coverage() {
        List<Entry> in = entries();
        List<Exit> out = exits();
        long offlineEntries = in.stream().filter(e -> e.outcome().offline()).count();
        long offlineExits = out.stream().filter(x -> x.outcome().offline()).count();
        long waitingExits = out.stream().filter(x -> x.outcome().pendingEntry()).count();
        long lostTickets = out.stream().filter(x -> x.outcome().lostTicket()).count();
        long paidExits = out.stream().filter(x -> x.outcome().fee() > 0).count();
        long fees = out.stream().mapToLong(x -> x.outcome().fee()).sum();
        return "entries=" + in.size() + " (offline " + offlineEntries + ") exits=" + out.size() + " (offline "
                + offlineExits + ", waiting for their entry " + waitingExits + ", lost ticket " + lostTickets
                + ", with a fee " + paidExits + ") fees=Rp" + fees;
    }

    int transactions() {
        return entries.size() + exits.size();
    }
}
