/**
 * Synchronisation of the offline store with the server (DESIGN §5a, §6, §8): {@link
 * id.sistemparkir.client.sync.SyncEngine} sends records one at a time in the store's order over a {@link
 * id.sistemparkir.client.sync.SyncTransport}, reports {@link id.sistemparkir.client.sync.SyncProgress} after each and
 * ends with a {@link id.sistemparkir.client.sync.SyncSummary}; {@link id.sistemparkir.client.sync.SyncLock} keeps it
 * to one sync per data dir across processes; {@link id.sistemparkir.client.sync.AutoSync} runs it in the background
 * with back-off. Every attempt is one line of {@code <dataDir>/logs/sync.log}.
 */
package id.sistemparkir.client.sync;
