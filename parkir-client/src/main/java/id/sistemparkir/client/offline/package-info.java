/**
 * The station's offline store (DESIGN §6, contract): what a lane keeps on disk while the server cannot be reached.
 *
 * <pre>{@code
 * <dataDir>/offline_data/parking_entry_YYYYMMDD_HHmmss_<id>.json   request JSON + schema, kind, attempts, lastError
 * <dataDir>/offline_data/parking_exit_YYYYMMDD_HHmmss_<id>.json
 * <dataDir>/offline_data/needs-attention/<name>.json + <name>.reason   refused by the server (DESIGN §5a)
 * <dataDir>/offline_data/rejected/<name> + <name>.reason               unreadable files, moved aside, never deleted
 * <dataDir>/offline_data/.tmp-*                                         writes in progress (or cut by a crash)
 * <dataDir>/Images/Masuk/<id>.jpg, Images/Keluar/<id>.jpg               photos
 * }</pre>
 *
 * <p>Rules: every write is atomic (temp file in the same folder, fsync, atomic rename, fsync of the folder); every
 * read goes to the disk; an id is checked by {@link id.sistemparkir.client.offline.RecordIds} before it is part of a
 * path; {@link id.sistemparkir.client.offline.OfflineStore#pending()} gives the sync order (oldest device time first,
 * an exit never before its entry when both wait).
 */
package id.sistemparkir.client.offline;
