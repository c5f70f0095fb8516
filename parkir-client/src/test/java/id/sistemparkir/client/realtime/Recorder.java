package id.sistemparkir.client.realtime;

import id.sistemparkir.core.contract.EventNames;
import id.sistemparkir.core.contract.RealtimeFrame;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener that keeps everything it is told, for assertions. */
final class Recorder implements RealtimeListener {

    final List<RealtimeFrame.Hello> hellos = new CopyOnWriteArrayList<>();
    final List<RealtimeFrame.Event> events = new CopyOnWriteArrayList<>();
    final List<RealtimeFrame.Status> statuses = new CopyOnWriteArrayList<>();
    final List<RealtimeFrame.Resync> resyncs = new CopyOnWriteArrayList<>();
    final List<String> disconnects = new CopyOnWriteArrayList<>();
    final List<Long> disconnectNanos = new CopyOnWriteArrayList<>();

    @Override
    public void onConnected(RealtimeFrame.Hello hello) {
        hellos.add(hello);
    }

    @Override
    public void onEvent(RealtimeFrame.Event event) {
        events.add(event);
    }

    @Override
    public void onResync(RealtimeFrame.Resync resync) {
        resyncs.add(resync);
    }

    @Override
    public void onStatus(RealtimeFrame.Status status) {
        statuses.add(status);
    }

    @Override
    public void onDisconnected(String reason) {
        disconnectNanos.add(System.nanoTime());
        disconnects.add(reason);
    }

    List<Long> seqs() {
        return events.stream().map(RealtimeFrame.Event::seq).toList();
    }

    /** The display plates of the vehicle.entered events, in order. */
    List<String> enteredPlates() {
        return events.stream()
                .filter(event -> EventNames.VEHICLE_ENTERED.equals(event.event()))
                .map(Recorder::session)
                .map(SessionView::plateDisplay)
                .toList();
    }

    static SessionView session(RealtimeFrame.Event event) {
        try {
            return Json.lenientMapper().treeToValue(event.data(), SessionView.class);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + event.seq() + " carries no SessionView: " + event.data(), e);
        }
    }
}
