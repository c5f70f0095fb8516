package id.sistemparkir.server.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.json.Json;
import java.io.IOException;
import java.util.Optional;

/**
 * What the server answered to one hostile case: an HTTP status with its body, or for a WebSocket case the error frame
 * ({@value #FRAME}) or the close code of the socket.
 */
record Answer(int status, String contentType, String body) {

    /** The "status" of a WebSocket case answered with an error frame. */
    static final int FRAME = 1;

    Optional<JsonNode> json() {
        try {
            JsonNode node = Json.mapper().readTree(body);
            return Optional.ofNullable(node).filter(JsonNode::isObject);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    String error() {
        return json().map(node -> node.path("error").asText(null)).orElse(null);
    }

    String message() {
        return json().map(node -> node.path("message").asText(null)).orElse(null);
    }

    @Override
    public String toString() {
        String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
        return status + " " + contentType + " " + shown;
    }
}
