package id.sistemparkir.server.lane;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.StationEnrollRequest;
import id.sistemparkir.core.contract.StationRevokeRequest;
import id.sistemparkir.core.ticket.Ed25519Keys;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.auth.AuthUser;
import id.sistemparkir.server.auth.Role;
import id.sistemparkir.server.backoffice.BackOfficeEvents;
import id.sistemparkir.server.config.Housekeeping;
import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.realtime.EventLog;
import id.sistemparkir.server.realtime.EventNotifier;
import id.sistemparkir.server.ticket.TicketKeys;
import id.sistemparkir.server.ticket.TicketStations;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/** The lane services as the server wires them ({@link LaneModule}), called directly, for tests that pause threads. */
final class LaneFixture {

    static final AuthUser IN1 = new AuthUser("u-in1", "op-in1", Role.OPERATOR, Optional.of("IN1"));
    static final AuthUser IN9 = new AuthUser("u-in9", "op-in9", Role.OPERATOR, Optional.of("IN9"));
    static final AuthUser OUT8 = new AuthUser("u-out8", "op-out8", Role.OPERATOR, Optional.of("OUT8"));
    static final AuthUser OUT9 = new AuthUser("u-out9", "op-out9", Role.OPERATOR, Optional.of("OUT9"));

    static final AuthUser ADMIN = new AuthUser("u-admin", "admin", Role.ADMIN, Optional.empty());

    final Jdbi jdbi;
    final TicketKeys keys;
    final LaneModule module;
    /** The entry station IN9 of this fixture, enrolled with its own key (a new code per fixture: one database). */
    final String station = "IN9-" + UUID.randomUUID().toString().substring(0, 8);

    final TicketSigner laneSigner = TicketSigner.generate();
    private final TicketStations stations;

    LaneFixture(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, Housekeeping.DEFAULTS);
    }

    LaneFixture(Jdbi jdbi, Clock clock, Housekeeping housekeeping) {
        this.jdbi = jdbi;
        this.keys = TicketKeys.loadOrCreate(jdbi, clock);
        this.module = new LaneModule(jdbi, new EventLog(jdbi), EventNotifier.NONE, keys, housekeeping, clock);
        this.stations =
                new TicketStations(jdbi, keys, new BackOfficeEvents(new EventLog(jdbi), EventNotifier.NONE), clock);
        stations.enroll(
                new StationEnrollRequest(
                        station, "Entry 9", "IN", "IN9", Ed25519Keys.encodePublic(laneSigner.publicKey())),
                ADMIN);
    }

    /** A lost PC: tickets of this fixture's station with an entry time from {@code at} on are refused. */
    void revokeStation(Instant at) {
        stations.revoke(station, new StationRevokeRequest(at, "PC lost"), ADMIN);
    }

    EntryService.Result enter(EntryRequest request) {
        return module.entries().record(request, IN1);
    }

    ExitService.Result exit(ExitRequest request, AuthUser lane) {
        return module.exits().record(request, lane);
    }

    /** A ticket the entry lane signed (offline): the server has not seen the entry. */
    String ticket(UUID entryId, VehicleType type, Instant entryTime) {
        return laneSigner.sign(new TicketData(entryId, "IN9", type, entryTime));
    }

    static EntryRequest offlineEntry(UUID id, String ticketCode, String plate, VehicleType type, Instant at) {
        return new EntryRequest(id, ticketCode, plate, type, "IN9", at, true, false);
    }

    static ExitRequest offlineExit(String ticketCode, String gate, Instant at, long fee) {
        return new ExitRequest(UUID.randomUUID(), ticketCode, null, null, gate, at, fee, fee, "CASH", false, true);
    }

    static ExitRequest onlineExit(String ticketCode, String gate, Instant at, long fee) {
        return new ExitRequest(UUID.randomUUID(), ticketCode, null, null, gate, at, fee, fee, "CASH", false, false);
    }

    /** The refusal a call ends in; fails when it succeeds. */
    static ApiException refusal(Supplier<?> call) {
        try {
            Object result = call.get();
            throw new AssertionError("expected a refusal, got " + result);
        } catch (ApiException e) {
            return e;
        }
    }

    long count(String sql, Object... args) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i] instanceof UUID ? args[i].toString() : args[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }

    String status(UUID sessionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT status FROM parking_sessions WHERE id = :id")
                .bind("id", sessionId.toString())
                .mapTo(String.class)
                .one());
    }
}
