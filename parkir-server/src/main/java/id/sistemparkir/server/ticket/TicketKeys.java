package id.sistemparkir.server.ticket;

import id.sistemparkir.core.contract.TicketKeyDto;
import id.sistemparkir.core.ticket.Ed25519Keys;
import id.sistemparkir.core.ticket.InvalidTicketException;
import id.sistemparkir.core.ticket.SignedTicket;
import id.sistemparkir.core.ticket.TicketKeyRing;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.server.db.Sql;
import id.sistemparkir.server.db.Times;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticket keys on the server (DESIGN §7, decision 0015): the server's own Ed25519 key for the tickets it issues, and the
 * ring of public keys (enrolled entry stations and the server) that every ticket is verified against. The server's
 * private key is in the {@code settings} table (shared by every node, never in any answer); its public key is listed
 * in {@code ticket_keys} as station {@code SERVER}. The ring is read from the database at each verification, so an
 * enrollment or revocation counts at once on every node.
 */
public final class TicketKeys {

    private static final Logger log = LoggerFactory.getLogger(TicketKeys.class);
    static final String SERVER_KEY_SETTING = "ticket.server-key";

    private final Jdbi jdbi;
    private final TicketSigner serverSigner;
    private final TicketKeyRepository repository = new TicketKeyRepository();

    private TicketKeys(Jdbi jdbi, TicketSigner serverSigner) {
        this.jdbi = jdbi;
        this.serverSigner = serverSigner;
    }

    /** Loads the server's key, or makes it on the first start (another node making it at the same moment wins). */
    public static TicketKeys loadOrCreate(Jdbi jdbi, Clock clock) {
        Optional<TicketSigner> existing = readServerKey(jdbi);
        if (existing.isPresent()) {
            return new TicketKeys(jdbi, existing.get());
        }
        KeyPair fresh = Ed25519Keys.generate();
        TicketSigner signer = new TicketSigner(fresh);
        Instant now = clock.instant();
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate("INSERT INTO settings (setting_key, setting_value, updated_at, updated_by)"
                                + " VALUES (:key, :value, :at, 'system')")
                        .bind("key", SERVER_KEY_SETTING)
                        .bind(
                                "value",
                                Ed25519Keys.encodePrivate(fresh.getPrivate()) + " "
                                        + Ed25519Keys.encodePublic(fresh.getPublic()))
                        .bind("at", Times.toDb(now))
                        .execute();
                new TicketKeyRepository()
                        .insert(
                                h,
                                new TicketKeyDto(
                                        signer.keyId(),
                                        TicketKeyDto.SERVER,
                                        Ed25519Keys.encodePublic(fresh.getPublic()),
                                        now,
                                        null,
                                        null));
            });
            log.info("Created the server's ticket key (key id {})", signer.keyId());
            return new TicketKeys(jdbi, signer);
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                return new TicketKeys(jdbi, readServerKey(jdbi).orElseThrow(() -> e));
            }
            throw e;
        }
    }

    private static Optional<TicketSigner> readServerKey(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM settings WHERE setting_key = :key")
                        .bind("key", SERVER_KEY_SETTING)
                        .mapTo(String.class)
                        .findOne())
                .map(TicketKeys::signerOf);
    }

    /** The setting holds "PRIVATE PUBLIC" (base64 each): the JDK cannot derive an Ed25519 public key from the private. */
    private static TicketSigner signerOf(String setting) {
        String[] halves = setting.trim().split(" ");
        if (halves.length != 2) {
            throw new IllegalStateException("the setting " + SERVER_KEY_SETTING + " is damaged");
        }
        return new TicketSigner(new KeyPair(Ed25519Keys.decodePublic(halves[1]), Ed25519Keys.decodePrivate(halves[0])));
    }

    /** Signs the tickets the server issues (an entry sent without a code). */
    public TicketSigner serverSigner() {
        return serverSigner;
    }

    /** Every public key, for {@code GET /api/v1/ticket-keys}. */
    public List<TicketKeyDto> publicKeys() {
        return jdbi.withHandle(repository::all);
    }

    /** The ring as it is in the database now. */
    public TicketKeyRing ring(Handle h) {
        return new TicketKeyRing(
                repository.all(h).stream().map(TicketKeyDto::toTrustedKey).toList());
    }

    /**
     * Verifies a code against the current ring.
     *
     * @throws InvalidTicketException when it is not a genuine ticket of an enrolled, unrevoked key
     */
    public SignedTicket verify(String code) {
        return jdbi.withHandle(this::ring).verify(code);
    }

    /** The session a format 1 code (before the upgrade) was stored with, if any: the stored row is the proof. */
    public Optional<UUID> legacySession(String code) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id FROM parking_sessions WHERE ticket_code = :code" + " AND ticket_key_id IS NULL")
                .bind("code", code)
                .mapTo(String.class)
                .findOne()
                .map(UUID::fromString));
    }

    TicketKeyRepository repository() {
        return repository;
    }
}
