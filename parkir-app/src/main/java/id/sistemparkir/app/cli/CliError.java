package id.sistemparkir.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sistemparkir.core.json.Json;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How every command reports a failure (decision 0025): one short line on stderr, or with {@code --json} one JSON object
 * {@code {"error","message","exitCode"}} on stdout, so a script reads the same stream for results and errors.
 */
final class CliError {

    static final int OK = 0;
    /** Could not run (another sync holds the lock, a file cannot be read), or sync ended with failures. */
    static final int FAILED = 1;
    /** Bad input: an unknown option, a malformed value, an invalid plate. */
    static final int USAGE = 2;
    /** The transaction was refused for a reason the operator must act on. */
    static final int REFUSED = 3;
    /** Ctrl-C. */
    static final int INTERRUPTED = 130;

    private CliError() {}

    static int report(PrintWriter out, PrintWriter err, boolean json, String code, String message, int exitCode) {
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", code);
            body.put("message", message);
            body.put("exitCode", exitCode);
            try {
                out.println(Json.mapper().writeValueAsString(body));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
        } else {
            err.println("parkir: " + message);
            err.flush();
        }
        return exitCode;
    }
}
