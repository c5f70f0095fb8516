package id.sistemparkir.client.photo;

import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.PhotoKind;
import java.util.Optional;
import java.util.UUID;

/**
 * The photos still to send, on disk ({@code Images/Masuk|Keluar/<id>.jpg}, docs/contract/offline-files.md): a photo
 * is kept here before anyone tries to send it, leaves only once the server has it, and one the server refuses moves
 * to {@code offline_data/rejected/} with its reason. The {@link PhotoUploader} sends it in the background; the sync
 * sends whatever is left.
 */
public final class PhotoQueue {

    private final OfflineStore store;

    public PhotoQueue(OfflineStore store) {
        this.store = store;
    }

    /** @throws RuntimeException when the disk refuses the file (full, locked): the caller warns, never fails */
    public void keep(UUID recordId, PhotoKind kind, byte[] jpeg) {
        store.savePhoto(recordId, kind, jpeg);
    }

    Optional<byte[]> photo(UUID recordId, PhotoKind kind) {
        return store.photo(recordId, kind);
    }

    void delivered(UUID recordId, PhotoKind kind) {
        store.removePhoto(recordId, kind);
    }

    void refused(UUID recordId, PhotoKind kind, String reason) {
        store.rejectPhoto(recordId, kind, reason);
    }
}
