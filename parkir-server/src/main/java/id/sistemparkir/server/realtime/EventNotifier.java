package id.sistemparkir.server.realtime;

/**
 * Told by a service after it committed a transaction that appended to the event log, so that subscribers are sent the
 * new events now rather than at the next poll. The events themselves are always read back from the log, in seq order.
 */
public interface EventNotifier {

    void eventsCommitted();

    EventNotifier NONE = () -> {};
}
