package id.sistemparkir.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads an {@link Instant} only from ISO-8601 text with an offset ({@code 2026-11-25T08:00:00+07:00},
 * {@code 2026-11-25T01:00:00Z}); an epoch number or a local time without offset is refused. (The JSR-310 module
 * accepts epoch numbers even when not lenient.)
 */
final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

    private static final long serialVersionUID = 1L;

    IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        String text = parser.getText();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return (Instant) context.handleWeirdStringValue(
                    Instant.class, text, "expected an ISO-8601 time with offset, e.g. 2026-11-25T08:00:00+07:00");
        }
    }
}
