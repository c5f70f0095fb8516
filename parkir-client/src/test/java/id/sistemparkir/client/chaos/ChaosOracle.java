package id.sistemparkir.client.chaos;

import id.sistemparkir.client.files.AtomicFiles;
import id.sistemparkir.client.lane.EntryOutcome;
import id.sistemparkir.client.lane.ExitOutcome;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.PendingRecord;
import id.sistemparkir.client.offline.PhotoKind;
import id.sistemparkir.core.tariff.FeeCalculator;
import id.sistemparkir.core.tariff.FeeRequest;
import id.sistemparkir.core.tariff.TariffSchedule;
import id.sistemparkir.core.vehicle.VehicleType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * After the heal and the last sync: checks what the lanes confirmed to their operators ({@link ChaosLedger}) against
 * the database and what is left in the lanes' folders. Every confirmed entry is one session with its photo, every
 * confirmed exit is the exit of its session (or, when two lanes let the same car out offline, a kept conflict that its
 * lane shows in needs-attention), every fee is the tariff's, nothing waits anywhere.
 */
final class ChaosOracle {

    record Session(
            UUID id,
            String plate,
            VehicleType type,
            Instant entryTime,
            String status,
            UUID exitId,
            Instant exitTime,
            Long fee,
            Long expectedFee,
            boolean feeMismatch,
            Long paid,
            String paymentMethod,
            boolean lostTicket) {}

    record Conflict(UUID id, UUID entryId, long fee, long paid, String paymentMethod, String reason) {}

    /** The database's side, read at once. */
    record Snapshot(
            Map<UUID, Session> sessions, Map<UUID, Conflict> conflicts, Set<UUID> pendingExits, Set<UUID> photos) {

        static Snapshot read(Jdbi jdbi) {
            return jdbi.withHandle(h -> new Snapshot(
                    h.createQuery("SELECT * FROM parking_sessions").map((rs, ctx) -> session(rs)).stream()
                            .collect(Collectors.toMap(Session::id, Function.identity())),
                    h
                            .createQuery("SELECT * FROM exit_conflicts")
                            .map((rs, ctx) -> new Conflict(
                                    UUID.fromString(rs.getString("id")),
                                    UUID.fromString(rs.getString("entry_id")),
                                    rs.getLong("fee"),
                                    rs.getLong("paid"),
                                    rs.getString("payment_method"),
                                    rs.getString("reason")))
                            .stream()
                            .collect(Collectors.toMap(Conflict::id, Function.identity())),
                    Set.copyOf(h.createQuery("SELECT id FROM pending_exits")
                            .map((rs, ctx) -> UUID.fromString(rs.getString(1)))
                            .list()),
                    Set.copyOf(h.createQuery("SELECT record_id FROM photos WHERE kind = 'IN'")
                            .map((rs, ctx) -> UUID.fromString(rs.getString(1)))
                            .list())));
        }

        private static Session session(ResultSet rs) throws SQLException {
            String exitId = rs.getString("exit_id");
            return new Session(
                    UUID.fromString(rs.getString("id")),
                    rs.getString("plate"),
                    VehicleType.valueOf(rs.getString("vehicle_type")),
                    utc(rs.getObject("entry_time", LocalDateTime.class)),
                    rs.getString("status"),
                    exitId == null ? null : UUID.fromString(exitId),
                    utc(rs.getObject("exit_time", LocalDateTime.class)),
                    rs.getObject("fee", Long.class),
                    rs.getObject("expected_fee", Long.class),
                    rs.getBoolean("fee_mismatch"),
                    rs.getObject("paid", Long.class),
                    rs.getString("payment_method"),
                    rs.getBoolean("lost_ticket"));
        }

        private static Instant utc(LocalDateTime time) {
            return time == null ? null : time.toInstant(ZoneOffset.UTC);
        }
    }

    private final TariffSchedule tariffs = TariffSchedule.defaults(); // the run never changes the seeded tariff
    private final ChaosVerdict verdict = new ChaosVerdict();
    private final Snapshot db;
    private final Map<UUID, Session> byExitId = new HashMap<>();
    private final Map<String, ChaosLane> lanes;

    private ChaosOracle(Snapshot db, List<ChaosLane> lanes) {
        this.db = db;
        this.lanes = lanes.stream().collect(Collectors.toMap(ChaosLane::station, Function.identity()));
        db.sessions().values().stream().filter(s -> s.exitId() != null).forEach(s -> byExitId.put(s.exitId(), s));
    }

    static ChaosVerdict check(ChaosLedger ledger, Snapshot db, List<ChaosLane> lanes) {
        ChaosOracle oracle = new ChaosOracle(db, lanes);
        oracle.entries(ledger.entries());
        oracle.duplicatePlates();
        Set<UUID> explained = oracle.exits(ledger.exits());
        oracle.pendingExits();
        lanes.forEach(lane -> oracle.leftInLane(lane, explained));
        return oracle.verdict;
    }

    private void entries(List<ChaosLedger.Entry> entries) {
        for (ChaosLedger.Entry confirmed : entries) {
            EntryOutcome e = confirmed.outcome();
            String what = "entry " + e.id() + " " + e.plate() + " at " + confirmed.station()
                    + (e.offline() ? " (offline)" : "");
            Session s = db.sessions().get(e.id());
            if (s == null) {
                verdict.lost(what + ": no session");
                continue;
            }
            if (!s.plate().equals(e.plate())
                    || s.type() != e.vehicleType()
                    || !s.entryTime().equals(e.entryTime())) {
                verdict.mismatched(what + ": stored as " + s.plate() + " " + s.type() + " " + s.entryTime());
            }
            if (!db.photos().contains(e.id())) {
                verdict.lost(what + ": its photo never arrived");
            }
        }
    }

    /** Every car of the run has a plate of its own: two sessions of one plate are one car entered twice. */
    private void duplicatePlates() {
        db.sessions().values().stream()
                .collect(Collectors.groupingBy(Session::plate))
                .forEach((plate, sessions) -> {
                    if (sessions.size() > 1) {
                        verdict.duplicated("plate " + plate + " has " + sessions.size() + " sessions: "
                                + sessions.stream().map(Session::id).toList());
                    }
                });
    }

    /** @return the exits kept as conflicts and shown at their lane (explained needs-attention records) */
    private Set<UUID> exits(List<ChaosLedger.Exit> exits) {
        Set<UUID> explained = new HashSet<>();
        for (ChaosLedger.Exit confirmed : exits) {
            ExitOutcome x = confirmed.outcome();
            String what = "exit " + x.id() + " of entry " + x.entryId() + " at " + confirmed.station()
                    + (x.offline() ? " (offline)" : "") + " fee " + x.fee() + " paid " + x.paid();
            Session s = byExitId.get(x.id());
            Conflict c = db.conflicts().get(x.id());
            if (s != null && c != null) {
                verdict.duplicated(what + ": both the session's exit and a conflict");
            } else if (s != null) {
                checkExit(what, x, s);
            } else if (c != null) {
                if (explainedConflict(what, x, c, confirmed.station())) {
                    explained.add(x.id());
                }
            } else if (db.pendingExits().contains(x.id())) {
                verdict.stuck(what + ": still waiting in pending_exits");
            } else {
                verdict.lost(what + ": not in any session, conflict or pending exit");
            }
        }
        return explained;
    }

    private void checkExit(String what, ExitOutcome x, Session s) {
        if (!s.id().equals(x.entryId())) {
            verdict.mismatched(what + ": recorded as the exit of session " + s.id());
            return;
        }
        long tariff = FeeCalculator.quote(
                        tariffs, new FeeRequest(s.type(), s.entryTime(), x.exitTime(), x.lostTicket(), 0))
                .fee();
        if (!"EXITED".equals(s.status())
                || !x.exitTime().equals(s.exitTime())
                || s.fee() == null
                || s.fee() != x.fee()
                || s.paid() == null
                || s.paid() != x.paid()
                || !x.paymentMethod().equals(s.paymentMethod())
                || s.lostTicket() != x.lostTicket()) {
            verdict.mismatched(what + ": stored as " + s);
        } else if (x.fee() != tariff || s.expectedFee() == null || s.expectedFee() != tariff || s.feeMismatch()) {
            verdict.mismatched(what + ": the tariff says " + tariff + ", the server expected " + s.expectedFee()
                    + (s.feeMismatch() ? " (flagged)" : ""));
        }
    }

    /** A losing offline exit is kept with its money and shown at its lane as needs-attention: explained, not lost. */
    private boolean explainedConflict(String what, ExitOutcome x, Conflict c, String station) {
        if (c.fee() != x.fee() || c.paid() != x.paid() || !x.paymentMethod().equals(c.paymentMethod())) {
            verdict.mismatched(what + ": kept as a conflict with other money " + c);
            return false;
        }
        Session winner = db.sessions().get(c.entryId());
        if (winner == null || !"EXITED".equals(winner.status())) {
            verdict.stuck(what + ": kept as a conflict although its session " + c.entryId() + " is "
                    + (winner == null ? "missing" : winner.status()));
            return false;
        }
        OfflineStore store = lanes.get(station).offline();
        boolean shown = store.needsAttention().stream()
                .filter(r -> r.id().equals(x.id()))
                .anyMatch(r -> store.needsAttentionReason(r).orElse("").contains("exit_conflict"));
        if (!shown) {
            verdict.stuck(what + ": kept as a conflict (" + c.reason() + ") but not shown at " + station);
            return false;
        }
        verdict.explained(what + ": two lanes let the car out offline; kept as conflict " + c.reason()
                + ", the winner is exit " + winner.exitId());
        return true;
    }

    private void pendingExits() {
        Set<UUID> confirmedElsewhere = new HashSet<>(byExitId.keySet());
        db.pendingExits().stream()
                .filter(id -> !confirmedElsewhere.contains(id))
                .forEach(id -> verdict.stuck("pending exit " + id + " was never joined"));
    }

    private void leftInLane(ChaosLane lane, Set<UUID> explained) {
        OfflineStore store = lane.offline();
        store.refreshCounts();
        for (PendingRecord pending : store.pending()) {
            verdict.stuck(lane + ": " + pending.kind() + " " + pending.id() + " still in the outbox ("
                    + pending.record().lastError() + ")");
        }
        Set<UUID> attention = new HashSet<>();
        for (PendingRecord record : store.needsAttention()) {
            attention.add(record.id());
            if (!explained.contains(record.id())) {
                verdict.stuck(lane + ": needs-attention " + record.kind() + " " + record.id() + ": "
                        + store.needsAttentionReason(record).orElse("(no reason)"));
            }
        }
        for (PhotoKind kind : PhotoKind.values()) {
            store.photoIds(kind).stream()
                    .filter(id -> !attention.contains(id))
                    .forEach(id -> verdict.stuck(lane + ": photo " + kind.folder() + "/" + id + " never uploaded"));
        }
        Path outbox = lane.dataDir().resolve(OfflineStore.OFFLINE_DATA);
        files(outbox.resolve(OfflineStore.REJECTED))
                .forEach(f -> verdict.stuck(lane + ": unreadable record moved to rejected/: " + f.getFileName()));
        long temps = files(outbox)
                .filter(f -> f.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
                .count();
        if (temps > 0) {
            verdict.note(lane + ": " + temps + " half-written temp file(s) of a killed lane left in offline_data/");
        }
    }

    private static Stream<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
