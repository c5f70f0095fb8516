package id.sistemparkir.core.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads the flat offline file: takes the envelope fields off the top-level object and reads the rest as the
 * request {@code kind} names, with the reading mapper's own strictness.
 */
final class OfflineRecordDeserializer extends StdDeserializer<OfflineRecord> {

    private static final long serialVersionUID = 1L;

    OfflineRecordDeserializer() {
        super(OfflineRecord.class);
    }

    @Override
    public OfflineRecord deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode tree = context.readTree(parser);
        if (!(tree instanceof ObjectNode)) {
            return context.reportInputMismatch(this, "an offline record must be a JSON object");
        }
        ObjectNode body = (ObjectNode) tree;
        int schema = intField(body.remove("schema"), "schema", context);
        if (schema != OfflineRecord.SCHEMA) {
            return context.reportInputMismatch(this, "unsupported offline record schema %d (expected 1)", schema);
        }
        String kind = textField(body.remove("kind"), "kind", context);
        int attempts = intField(body.remove("attempts"), "attempts", context);
        JsonNode lastError = body.remove("lastError");
        if (lastError != null && !lastError.isNull() && !lastError.isTextual()) {
            return context.reportInputMismatch(this, "offline record field 'lastError' must be a string");
        }
        String error = lastError == null || lastError.isNull() ? null : lastError.textValue();
        try {
            if (OfflineRecord.ENTRY.equals(kind)) {
                EntryRequest entry = context.readTreeAsValue(body, EntryRequest.class);
                return new OfflineRecord(schema, kind, attempts, error, entry, null);
            }
            if (OfflineRecord.EXIT.equals(kind)) {
                ExitRequest exit = context.readTreeAsValue(body, ExitRequest.class);
                return new OfflineRecord(schema, kind, attempts, error, null, exit);
            }
        } catch (IllegalArgumentException e) {
            return context.reportInputMismatch(this, "invalid offline record: %s", e.getMessage());
        }
        return context.reportInputMismatch(this, "offline record kind must be 'entry' or 'exit', was '%s'", kind);
    }

    private int intField(JsonNode node, String name, DeserializationContext context) throws IOException {
        if (node == null || !node.isInt()) {
            return context.reportInputMismatch(this, "offline record needs an integer '%s'", name);
        }
        return node.intValue();
    }

    private String textField(JsonNode node, String name, DeserializationContext context) throws IOException {
        if (node == null || !node.isTextual()) {
            return context.reportInputMismatch(this, "offline record needs a string '%s'", name);
        }
        return node.textValue();
    }
}
