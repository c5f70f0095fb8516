package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.ExitConflictView;
import id.sistemparkir.core.contract.ExitResponse;
import id.sistemparkir.server.http.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The 409 answers of {@code POST /api/v1/exits}, each carrying what the lane needs to explain it. */
final class ExitRefusals {

    private ExitRefusals() {}

    /** The ticket has an exit already, closed ({@code existing.pendingEntry == false}) or waiting for its entry. */
    static ApiException alreadyExited(ExitResponse existing) {
        String message = existing.pendingEntry()
                ? "This ticket already has an exit at " + existing.gate() + " (" + existing.exitTime()
                        + ") waiting for its entry."
                : "This ticket already exited at " + existing.gate() + " (" + existing.exitTime() + ").";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "already_exited");
        body.put("message", message);
        body.put("existing", existing);
        return ApiException.conflict("already_exited", message, body);
    }

    static ApiException voided() {
        return ApiException.conflict("session_void", "This parking session was voided by the back office.", null);
    }

    /**
     * The exit lost, but the car had gone (an offline exit): the server kept it, with its money, as an exit conflict
     * for the back office. The lane keeps it visible too (needs attention), and a replay gets this same answer.
     */
    static ApiException keptAsConflict(ExitConflictView conflict, ExitResponse existing) {
        String message = "Another exit of this ticket came first; this exit (fee " + conflict.fee() + ", paid "
                + conflict.paid() + ") is kept by the server as an exit conflict for the back office.";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "exit_conflict");
        body.put("message", message);
        if (existing != null) {
            body.put("existing", existing);
        }
        body.put("conflict", conflict);
        return ApiException.conflict("exit_conflict", message, body);
    }
}
