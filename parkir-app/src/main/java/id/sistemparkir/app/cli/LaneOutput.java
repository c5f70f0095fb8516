package id.sistemparkir.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sistemparkir.core.json.Json;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Prints a lane command's result: pretty JSON with {@code --json}, else the human text. */
final class LaneOutput {

    private LaneOutput() {}

    static void print(PrintWriter out, boolean json, Object result, String human) {
        if (json) {
            try {
                out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            out.println(human);
        }
    }
}
