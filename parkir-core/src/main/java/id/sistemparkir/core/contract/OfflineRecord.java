package id.sistemparkir.core.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.UUID;

/**
 * One file of the offline store (DESIGN §6): exactly the JSON the API call would have sent, plus the envelope
 * fields {@code schema}, {@code kind}, {@code attempts} and {@code lastError} at the top level, e.g.
 * {@code {"schema":1,"kind":"entry","attempts":0,"id":"…","plate":"B1234XYZ",…}}.
 *
 * <p>Exactly one of {@code entry} and {@code exit} is set, the one {@code kind} names. Read with
 * {@code Json.mapper()}: an unknown field, a wrong type or a missing envelope field makes the file unreadable
 * (to be moved aside, never guessed at).
 *
 * @param schema the file format version, {@value #SCHEMA}
 * @param kind {@value #ENTRY} or {@value #EXIT}
 * @param attempts how many times sending it failed so far
 * @param lastError the reason of the last failure, or {@code null}
 */
@JsonDeserialize(using = OfflineRecordDeserializer.class)
public record OfflineRecord(
        int schema,
        String kind,
        int attempts,
        String lastError,
        @JsonUnwrapped EntryRequest entry,
        @JsonUnwrapped ExitRequest exit) {

    public static final int SCHEMA = 1;
    public static final String ENTRY = "entry";
    public static final String EXIT = "exit";

    /** Checks the schema, the attempts and that the request matches {@code kind}. */
    public OfflineRecord {
        if (schema != SCHEMA) {
            throw new IllegalArgumentException("unsupported offline record schema " + schema + " (expected 1)");
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
        }
        boolean entryKind = ENTRY.equals(kind) && entry != null && exit == null;
        boolean exitKind = EXIT.equals(kind) && exit != null && entry == null;
        if (!entryKind && !exitKind) {
            throw new IllegalArgumentException("kind must be 'entry' or 'exit' and match the request, was " + kind);
        }
    }

    /** A new record for an entry not sent yet. */
    public static OfflineRecord of(EntryRequest entry) {
        return new OfflineRecord(SCHEMA, ENTRY, 0, null, entry, null);
    }

    /** A new record for an exit not sent yet. */
    public static OfflineRecord of(ExitRequest exit) {
        return new OfflineRecord(SCHEMA, EXIT, 0, null, null, exit);
    }

    /** This record after one more failed attempt. */
    public OfflineRecord withFailure(String error) {
        return new OfflineRecord(schema, kind, attempts + 1, error, entry, exit);
    }

    /** The request's id, also the record's id in file names. */
    @JsonIgnore
    public UUID id() {
        return entry != null ? entry.id() : exit.id();
    }
}
