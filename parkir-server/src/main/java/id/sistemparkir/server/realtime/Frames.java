package id.sistemparkir.server.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.sistemparkir.core.contract.RealtimeFrame;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.text.Excerpt;
import id.sistemparkir.core.text.FieldRule;
import id.sistemparkir.core.text.InvalidFieldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The realtime frames as JSON text (DESIGN §5): encoding what the server sends, and reading, strictly, what a client
 * may send ({@code subscribe}, {@code station}, {@code ping}).
 */
final class Frames {

    private static final Logger log = LoggerFactory.getLogger(Frames.class);

    private static final ObjectWriter WRITER = Json.mapper().writerFor(RealtimeFrame.class);
    private static final ObjectReader READER = Json.mapper().readerFor(RealtimeFrame.class);

    static final String PONG = encode(new RealtimeFrame.Pong());

    private Frames() {}

    static String encode(RealtimeFrame frame) {
        try {
            return WRITER.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot encode " + frame.getClass().getSimpleName(), e);
        }
    }

    /** An event frame; {@code data} is the stored payload, as JSON (the log holds what the producer wrote). */
    static String event(StoredEvent event) {
        JsonNode data;
        try {
            data = Json.mapper().readTree(event.payloadJson());
        } catch (JsonProcessingException e) {
            log.error(
                    "Event {} ({}) has a payload that is not JSON; sent without data", event.seq(), event.eventType());
            data = null;
        }
        return encode(new RealtimeFrame.Event(event.seq(), event.eventType(), data));
    }

    static String resync(long seq, long purgedThrough) {
        return encode(new RealtimeFrame.Resync(seq, purgedThrough));
    }

    static String error(String error, String message) {
        return encode(new RealtimeFrame.ErrorFrame(error, message));
    }

    /**
     * Reads a frame a client sent.
     *
     * @throws BadFrameException with a message for the client when it is not JSON, not a client frame, or invalid
     */
    static RealtimeFrame decodeClientFrame(String text) throws BadFrameException {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadFrameException("The frame is not valid JSON.");
        }
        if (tree == null || !tree.isObject()) {
            throw new BadFrameException("The frame must be a JSON object.");
        }
        RealtimeFrame frame;
        try {
            frame = READER.readValue(tree);
        } catch (InvalidTypeIdException e) {
            throw new BadFrameException(
                    e.getTypeId() == null
                            ? "The frame has no \"type\"."
                            : "Unknown frame type " + Excerpt.of(e.getTypeId()) + ".");
        } catch (UnrecognizedPropertyException e) {
            throw new BadFrameException("Unknown field " + Excerpt.of(e.getPropertyName()) + ".");
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty()
                    ? null
                    : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw new BadFrameException(
                    field == null
                            ? "The frame has the wrong shape."
                            : "Field " + Excerpt.of(field) + " is missing or has the wrong type.");
        } catch (IOException e) {
            throw new BadFrameException("The frame cannot be read as a client frame.");
        }
        return validate(frame);
    }

    private static RealtimeFrame validate(RealtimeFrame frame) throws BadFrameException {
        if (frame instanceof RealtimeFrame.Subscribe subscribe) {
            if (subscribe.since() < 0) {
                throw new BadFrameException("\"since\" must be 0 or a seq the server sent.");
            }
            return subscribe;
        }
        if (frame instanceof RealtimeFrame.Station station) {
            return validStation(station);
        }
        if (frame instanceof RealtimeFrame.Ping) {
            return frame;
        }
        throw new BadFrameException("A client may send only subscribe, station and ping frames.");
    }

    /** The station and app codes follow the same rules as at login (core.text.FieldRule). */
    private static RealtimeFrame.Station validStation(RealtimeFrame.Station station) throws BadFrameException {
        String code;
        String app;
        try {
            code = FieldRule.STATION.require(station.station(), "station");
            app = FieldRule.APP.optional(station.app(), "app");
        } catch (InvalidFieldException e) {
            throw new BadFrameException(e.rule().errorCode(), e.getMessage());
        }
        if (station.pendingOffline() < 0) {
            throw new BadFrameException("\"pendingOffline\" must not be negative.");
        }
        if (station.needsAttention() != null && station.needsAttention() < 0) {
            throw new BadFrameException("\"needsAttention\" must not be negative.");
        }
        return new RealtimeFrame.Station(code, app, station.pendingOffline(), station.needsAttention());
    }

    /** A frame the server refuses; the socket stays open. */
    static final class BadFrameException extends Exception {
        private static final long serialVersionUID = 1L;

        private final String error;

        BadFrameException(String message) {
            this("bad_frame", message);
        }

        BadFrameException(String error, String message) {
            super(message);
            this.error = error;
        }

        /** The {@code error} code of the error frame. */
        String error() {
            return error;
        }
    }
}
