package id.sistemparkir.core.contract;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A WebSocket text frame of {@code /ws} (DESIGN §5), told apart by its {@code "type"} field. Read frames as
 * {@code RealtimeFrame} and dispatch on the record type.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RealtimeFrame.Hello.class, name = "hello"),
    @JsonSubTypes.Type(value = RealtimeFrame.Event.class, name = "event"),
    @JsonSubTypes.Type(value = RealtimeFrame.Status.class, name = "status"),
    @JsonSubTypes.Type(value = RealtimeFrame.Resync.class, name = "resync"),
    @JsonSubTypes.Type(value = RealtimeFrame.Subscribe.class, name = "subscribe"),
    @JsonSubTypes.Type(value = RealtimeFrame.Station.class, name = "station"),
    @JsonSubTypes.Type(value = RealtimeFrame.Ping.class, name = "ping"),
    @JsonSubTypes.Type(value = RealtimeFrame.Pong.class, name = "pong"),
    @JsonSubTypes.Type(value = RealtimeFrame.ErrorFrame.class, name = "error")
})
public sealed interface RealtimeFrame {

    /**
     * Server → client, first frame on a connection.
     *
     * @param seq the latest event sequence number
     * @param serverTime the server's clock, to measure the lane's clock skew
     */
    record Hello(long seq, Instant serverTime) implements RealtimeFrame {}

    /**
     * Server → client: one event, in {@code seq} order with no gaps.
     *
     * @param event one of {@link EventNames}, or a newer name a client may ignore
     * @param data the event's payload
     */
    record Event(long seq, String event, JsonNode data) implements RealtimeFrame {}

    /**
     * Server → client, on every change and at least every 10 s.
     *
     * @param server {@code UP}
     * @param database {@code UP} or {@code DOWN}
     * @param clients connected clients
     */
    record Status(String server, String database, int clients) implements RealtimeFrame {}

    /**
     * Server → client: the events after the client's {@code since} are no longer all in the server's event log (it
     * keeps them for a limited time), so replaying would leave a gap. The client must reload its state (its snapshot,
     * e.g. {@code GET /api/v1/vehicles/inside}) and count the stream from {@code seq}: the next event frame is the
     * first after {@code seq}, in order, as usual.
     *
     * @param seq the stream continues after this seq (the latest when the server decided)
     * @param purgedThrough every event up to this seq may have been removed by retention
     */
    record Resync(long seq, long purgedThrough) implements RealtimeFrame {}

    /**
     * Client → server: replay every event after {@code since}, then stream live ones.
     *
     * @param since the last {@code seq} the client has seen
     */
    record Subscribe(long since) implements RealtimeFrame {}

    /**
     * Client → server heartbeat.
     *
     * @param station the station code
     * @param app e.g. {@code ParkingIN}
     * @param pendingOffline records waiting in the station's offline store
     * @param needsAttention records the server refused, waiting for a person (optional: older lanes leave it out)
     */
    record Station(String station, String app, int pendingOffline, Integer needsAttention) implements RealtimeFrame {

        public Station(String station, String app, int pendingOffline) {
            this(station, app, pendingOffline, null);
        }
    }

    /** Client → server; answered with {@link Pong}. */
    record Ping() implements RealtimeFrame {}

    /** Server → client, the answer to {@link Ping}. */
    record Pong() implements RealtimeFrame {}

    /** Server → client: a frame was refused, in the same shape as {@link ErrorBody}. */
    record ErrorFrame(String error, String message) implements RealtimeFrame {}
}
