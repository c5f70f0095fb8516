package id.sistemparkir.client.sync;

import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.contract.SetAsideReport;
import java.util.UUID;

/**
 * How the sync engine reaches the server. The real one goes over the HTTP API client; tests use fakes. An
 * implementation classifies every answer and failure into a {@link SendResult} and should not throw (an exception
 * is treated as {@link SendResult.RetryLater}).
 */
public interface SyncTransport {

    /** Sends the record's request ({@code POST /api/v1/entries} or {@code /exits}), without the envelope. */
    SendResult send(OfflineRecord record);

    /** {@code PUT /api/v1/photos/{recordId}?kind=IN|OUT} with {@code image/jpeg}. */
    SendResult uploadPhoto(UUID recordId, String apiKind, byte[] jpeg);

    /**
     * {@code POST /api/v1/sync-log/set-aside}: tells the back office about a record set aside on this lane; 201
     * reported now, 200 reported before (both delivered).
     */
    SendResult reportSetAside(SetAsideReport report);

    /** Logs in again with the credentials the station has; whether that worked. */
    boolean relogin();
}
