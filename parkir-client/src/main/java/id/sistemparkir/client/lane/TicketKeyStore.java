package id.sistemparkir.client.lane;

import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.api.ServerApi;
import id.sistemparkir.client.files.AtomicFiles;
import id.sistemparkir.core.contract.TicketKeyDto;
import id.sistemparkir.core.contract.TicketKeysResponse;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.ticket.TicketKeyRing;
import id.sistemparkir.core.ticket.TicketSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lane's ticket keys (DESIGN §7, decision 0015): this station's own signing key ({@link StationKey}) and the ring
 * of public keys the server last published, cached in {@code cache/ticket-keys.json} so that an exit lane verifies
 * tickets offline and after a restart. The ring holds no secret.
 */
public final class TicketKeyStore {

    private static final Logger log = LoggerFactory.getLogger(TicketKeyStore.class);

    private final StationKey own;
    private final Path ringFile;
    private volatile TicketKeyRing ring;
    private volatile List<TicketKeyDto> keys;

    public TicketKeyStore(Path dataDir) {
        this.own = new StationKey(dataDir);
        this.ringFile = dataDir.resolve("cache").resolve("ticket-keys.json");
        this.keys = load();
        this.ring = ringOf(keys);
    }

    /** This station's signer (an entry lane signs every ticket with it, online and offline). */
    public TicketSigner signer() {
        return own.signer();
    }

    public StationKey stationKey() {
        return own;
    }

    /** The public keys as last downloaded (empty before the first download). */
    public TicketKeyRing ring() {
        return ring;
    }

    /** The listed keys, as last downloaded. */
    public List<TicketKeyDto> keys() {
        return keys;
    }

    /** True when the ring lists this station's current key (enrolled, so exits accept its tickets). */
    public boolean enrolled() {
        return ring.key(own.signer().keyId()).filter(k -> k.revokedAt() == null).isPresent();
    }

    /** Downloads the ring; keeps the cached one when the server cannot be asked. */
    public boolean refresh(AuthSession session) {
        ApiResult<TicketKeysResponse> answer = session.call(ServerApi::ticketKeys);
        if (answer instanceof ApiResult.Ok<TicketKeysResponse> ok) {
            update(ok.body());
            return true;
        }
        log.info("Ticket keys not refreshed: {}", answer.describe());
        return false;
    }

    /** Keeps a downloaded ring on disk; a pending rotated key that the ring now lists starts signing. */
    public void update(TicketKeysResponse response) {
        List<TicketKeyDto> next = response.keys();
        TicketKeyRing parsed = ringOf(next);
        try {
            AtomicFiles.write(ringFile, Json.mapper().writeValueAsBytes(response));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + ringFile, e);
        }
        keys = next;
        ring = parsed;
        own.pendingNext().filter(n -> parsed.key(n.keyId()).isPresent()).ifPresent(n -> own.promoteNext());
    }

    private List<TicketKeyDto> load() {
        if (!Files.isRegularFile(ringFile)) {
            return List.of();
        }
        try {
            List<TicketKeyDto> stored = Json.lenientMapper()
                    .readValue(ringFile.toFile(), TicketKeysResponse.class)
                    .keys();
            ringOf(stored);
            return stored;
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Ignoring an unreadable ticket key cache {}: {}", ringFile, e.getMessage());
            return List.of();
        }
    }

    private static TicketKeyRing ringOf(List<TicketKeyDto> keys) {
        return new TicketKeyRing(keys.stream().map(TicketKeyDto::toTrustedKey).toList());
    }
}
