package id.sistemparkir.client.offline;

import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.ticket.InvalidTicketException;
import id.sistemparkir.core.ticket.TicketSigner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One offline record as read from its file: where it is on disk and what it says. A snapshot: the file is the truth
 * ({@link OfflineStore} re-reads it before changing it).
 *
 * @param file the record's file, in {@code offline_data/} or {@code offline_data/needs-attention/}
 * @param record its content
 */
public record PendingRecord(Path file, OfflineRecord record) {

    public PendingRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(record, "record");
    }

    /** The record id (the request's {@code id}). */
    public UUID id() {
        return record.id();
    }

    /** {@code entry} or {@code exit}. */
    public String kind() {
        return record.kind();
    }

    /** Whether this is an entry record. */
    public boolean isEntry() {
        return OfflineRecord.ENTRY.equals(record.kind());
    }

    /** The lane's device time of the transaction: the entry time or the exit time. */
    public Instant deviceTime() {
        return isEntry() ? record.entry().entryTime() : record.exit().exitTime();
    }

    /** Where this record's photo belongs: {@link PhotoKind#MASUK} for an entry, {@link PhotoKind#KELUAR} for an exit. */
    public PhotoKind photoKind() {
        return PhotoKind.forRecordKind(record.kind());
    }

    /**
     * For an exit, the id of the entry it needs: its {@code entryId}, else the ticket id inside its ticket code (read
     * without checking the signature: only for ordering, the server verifies). Empty for an entry, or for an exit
     * whose ticket code cannot be read.
     */
    public Optional<UUID> requiredEntryId() {
        if (isEntry()) {
            return Optional.empty();
        }
        ExitRequest exit = record.exit();
        if (exit.entryId() != null) {
            return Optional.of(exit.entryId());
        }
        try {
            return Optional.of(TicketSigner.readUnverified(exit.ticketCode()).ticketId());
        } catch (InvalidTicketException e) {
            return Optional.empty();
        }
    }
}
