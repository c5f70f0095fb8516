package id.sistemparkir.server.ticket;

import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.server.db.Sql;
import id.sistemparkir.server.db.Times;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC key that signs ticket codes (DESIGN §7). Kept in the {@code settings} table so that every server node
 * shares it and it survives restarts; made once on the first start. Lanes receive it at login so they can sign and
 * verify tickets while offline.
 */
public final class TicketKeys {

    private static final Logger log = LoggerFactory.getLogger(TicketKeys.class);
    static final String SETTING = "ticket.signing-key";

    private final TicketSigner signer;
    private final String keyBase64;

    private TicketKeys(String keyBase64) {
        this.keyBase64 = keyBase64;
        this.signer = TicketSigner.fromBase64(keyBase64);
    }

    public static TicketKeys loadOrCreate(Jdbi jdbi, Clock clock) {
        Optional<String> existing = read(jdbi);
        if (existing.isPresent()) {
            return new TicketKeys(existing.get());
        }
        String fresh = Base64.getEncoder().encodeToString(TicketSigner.newKey());
        try {
            jdbi.useHandle(
                    h -> h.createUpdate("INSERT INTO settings (setting_key, setting_value, updated_at, updated_by)"
                                    + " VALUES (:key, :value, :at, 'system')")
                            .bind("key", SETTING)
                            .bind("value", fresh)
                            .bind("at", Times.toDb(clock.instant()))
                            .execute());
            TicketKeys keys = new TicketKeys(fresh);
            log.info("Created the ticket signing key (key id {})", keys.keyId());
            return keys;
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                // Another node made it at the same moment: use theirs.
                return new TicketKeys(read(jdbi).orElseThrow(() -> e));
            }
            throw e;
        }
    }

    private static Optional<String> read(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM settings WHERE setting_key = :key")
                .bind("key", SETTING)
                .mapTo(String.class)
                .findOne());
    }

    public TicketSigner signer() {
        return signer;
    }

    /** The key for logged-in lanes (LoginResponse.ticketKey). Never log it. */
    public String keyBase64() {
        return keyBase64;
    }

    public String keyId() {
        return signer.keyId();
    }
}
