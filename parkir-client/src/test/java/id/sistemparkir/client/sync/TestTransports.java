package id.sistemparkir.client.sync;

/** Sync transports for tests outside this package. */
public final class TestTransports {

    private TestTransports() {}

    /** A server that takes every record (idempotent on ids). */
    public static SyncTransport acceptingAll() {
        return new FakeServer();
    }
}
