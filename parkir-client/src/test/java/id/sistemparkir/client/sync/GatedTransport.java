package id.sistemparkir.client.sync;

import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.contract.SetAsideReport;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A {@link FakeServer} reached by several senders at once: a hook runs before each send outside the server's lock (to
 * hold requests in flight), and the transport notes when each send started and ended, and how many were in flight.
 */
final class GatedTransport implements SyncTransport {

    /** One send: its record and its place in the sequence of starts and ends. */
    record Span(UUID id, int started, int ended) {}

    private final FakeServer server;
    private final List<Span> spans = new ArrayList<>();
    private volatile Consumer<OfflineRecord> beforeSend = record -> {};
    private int clock;
    private int inFlight;
    private int maxInFlight;

    GatedTransport(FakeServer server) {
        this.server = server;
    }

    void beforeSend(Consumer<OfflineRecord> hook) {
        this.beforeSend = hook;
    }

    @Override
    public SendResult send(OfflineRecord record) {
        int started;
        synchronized (this) {
            started = ++clock;
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
        }
        try {
            beforeSend.accept(record);
            return server.send(record);
        } finally {
            synchronized (this) {
                inFlight--;
                spans.add(new Span(record.id(), started, ++clock));
            }
        }
    }

    @Override
    public SendResult uploadPhoto(UUID recordId, String apiKind, byte[] jpeg) {
        return server.uploadPhoto(recordId, apiKind, jpeg);
    }

    @Override
    public SendResult reportSetAside(SetAsideReport report) {
        return server.reportSetAside(report);
    }

    @Override
    public boolean relogin() {
        return server.relogin();
    }

    synchronized int maxInFlight() {
        return maxInFlight;
    }

    synchronized int inFlight() {
        return inFlight;
    }

    synchronized Span span(UUID id) {
        return spans.stream()
                .filter(span -> span.id().equals(id))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("never sent: " + id));
    }
}
