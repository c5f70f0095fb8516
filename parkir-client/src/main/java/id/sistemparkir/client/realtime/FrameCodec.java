package id.sistemparkir.client.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import id.sistemparkir.core.contract.RealtimeFrame;
import id.sistemparkir.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Realtime frames as JSON text: written strictly, read leniently (a newer server's extra fields are ignored). */
final class FrameCodec {

    private static final ObjectWriter WRITER = Json.mapper().writerFor(RealtimeFrame.class);
    private static final ObjectReader READER = Json.lenientMapper().readerFor(RealtimeFrame.class);

    private FrameCodec() {}

    static String encode(RealtimeFrame frame) {
        try {
            return WRITER.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot encode " + frame.getClass().getSimpleName(), e);
        }
    }

    /**
     * @return the frame, or {@code null} for a frame of a type this client does not know (newer servers may add some)
     * @throws IOException when the text is not a frame at all
     */
    static RealtimeFrame decode(String text) throws IOException {
        return READER.readValue(text);
    }
}
