package id.sistemparkir.client.chaos;

import java.util.ArrayList;
import java.util.List;

/**
 * What the oracle found: the counts of the one summary line and, for each count above zero, what exactly was wrong.
 * {@code explained} lists the needs-attention records left on purpose (each with why), which are not failures.
 */
final class ChaosVerdict {

    private final List<String> lost = new ArrayList<>();
    private final List<String> duplicated = new ArrayList<>();
    private final List<String> mismatched = new ArrayList<>();
    private final List<String> stuck = new ArrayList<>();
    private final List<String> explained = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void lost(String what) {
        lost.add(what);
    }

    void duplicated(String what) {
        duplicated.add(what);
    }

    void mismatched(String what) {
        mismatched.add(what);
    }

    void stuck(String what) {
        stuck.add(what);
    }

    void explained(String what) {
        explained.add(what);
    }

    /** Seen and worth telling, not a failure of the promise (e.g. a half-written temp file left by a killed lane). */
    void note(String what) {
        notes.add(what);
    }

    boolean clean() {
        return lost.isEmpty() && duplicated.isEmpty() && mismatched.isEmpty() && stuck.isEmpty();
    }

    /** The one summary line. */
    String line(int faults, int transactions) {
        return "faults=" + faults + " transactions=" + transactions + " lost=" + lost.size() + " duplicated="
                + duplicated.size() + " mismatched=" + mismatched.size() + " stuck=" + stuck.size();
    }

    /** Every finding, one per line, for the failure message and the log. */
    String details() {
        StringBuilder out = new StringBuilder();
        section(out, "LOST", lost);
        section(out, "DUPLICATED", duplicated);
        section(out, "MISMATCHED", mismatched);
        section(out, "STUCK", stuck);
        section(out, "explained needs-attention", explained);
        section(out, "notes", notes);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append(title).append(" (").append(items.size()).append("):\n");
        items.forEach(item -> out.append("  ").append(item).append('\n'));
    }
}
