package id.sistemparkir.client.sync;

/** Another sync (in this process or another one) holds the data dir's sync lock. */
public final class SyncInProgressException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SyncInProgressException(String message) {
        super(message);
    }
}
