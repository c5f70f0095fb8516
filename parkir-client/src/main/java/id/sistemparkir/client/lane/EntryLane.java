package id.sistemparkir.client.lane;

import id.sistemparkir.client.api.ApiResult;
import id.sistemparkir.client.api.AuthSession;
import id.sistemparkir.client.device.camera.CaptureRequest;
import id.sistemparkir.client.device.printer.EntryTicket;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.PhotoKind;
import id.sistemparkir.client.photo.PhotoQueue;
import id.sistemparkir.client.photo.PhotoUploader;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.EntryResponse;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.plate.InvalidPlateException;
import id.sistemparkir.core.plate.Plate;
import id.sistemparkir.core.plate.Plates;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry lane (ParkingIN): makes the record and its signed ticket once, tries the server with a short timeout,
 * otherwise stores the record offline — either way the ticket is printed and the barrier opens (a lane never stops).
 */
public final class EntryLane {

    private static final Logger log = LoggerFactory.getLogger(EntryLane.class);

    private final AuthSession session;
    private final OfflineStore offline;
    private final TicketKeyStore ticketKeys;
    private final InsideCache inside;
    private final LaneDevices devices;
    private final LaneIdentity identity;
    private final Clock clock;
    private final PhotoQueue photos;
    private final PhotoUploader uploader;

    public EntryLane(
            AuthSession session,
            OfflineStore offline,
            PhotoQueue photos,
            PhotoUploader uploader,
            TicketKeyStore ticketKeys,
            InsideCache inside,
            LaneDevices devices,
            LaneIdentity identity,
            Clock clock) {
        this.session = session;
        this.offline = offline;
        this.photos = photos;
        this.uploader = uploader;
        this.ticketKeys = ticketKeys;
        this.inside = inside;
        this.devices = devices;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * @param photo a photo taken elsewhere (e.g. {@code --photo FILE}); empty = ask the lane's camera
     * @throws LaneRejection when the plate is invalid or the server refuses the record as given
     */
    public EntryOutcome enter(String rawPlate, VehicleType type, boolean nonStandardPlate, Optional<byte[]> photo) {
        Plate plate = plate(rawPlate, nonStandardPlate);
        List<Message> warnings = new ArrayList<>();
        UUID id = UUID.randomUUID();
        Instant entryTime = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String gate = identity.gate();
        // Signed here with this station's own key, so that the printed ticket is the same online and offline.
        String ticketCode = ticketKeys.signer().sign(new TicketData(id, gate, type, entryTime));
        byte[] jpeg = photo.or(() -> devices.capture(new CaptureRequest(gate, plate.display(), entryTime), warnings))
                .orElse(null);
        BiFunction<String, Boolean, EntryRequest> request = (code, offlineFlag) ->
                new EntryRequest(id, code, plate.normalized(), type, gate, entryTime, offlineFlag, !plate.standard());
        EntryRequest online = request.apply(ticketCode, false);

        ApiResult<EntryResponse> result = session.call(api -> api.postEntry(online));
        if (result instanceof ApiResult.Rejected<EntryResponse> rejected && isTicketProblem(rejected.error())) {
            // This station's key is not (or no longer) enrolled: the server issues the code, the operator is told.
            log.warn("Server refused the lane-signed ticket ({}); asking it to issue one", rejected.error());
            warnings.add(LaneMessages.stationKeyNotEnrolled(ticketKeys.signer().keyId()));
            result = session.call(api -> api.postEntry(request.apply(null, false)));
        }
        EntryOutcome outcome;
        if (result instanceof ApiResult.Ok<EntryResponse> ok) {
            EntryResponse body = ok.body();
            outcome = new EntryOutcome(
                    body.id(),
                    body.ticketCode(),
                    body.plate(),
                    body.plateDisplay(),
                    body.vehicleType(),
                    body.gate(),
                    body.entryTime(),
                    false,
                    body.duplicate(),
                    body.suspectedDuplicate(),
                    warnings);
        } else if (result instanceof ApiResult.Rejected<EntryResponse> rejected
                && "invalid_plate".equals(rejected.error())) {
            throw LaneMessages.fromServer(rejected.error(), rejected.message());
        } else {
            if (result instanceof ApiResult.Rejected<EntryResponse> rejected) {
                // The car is at the barrier: never refuse it for a server-side reason the operator cannot fix here.
                // The record waits offline and, refused again at sync, lands on the visible needs-attention list.
                warnings.add(LaneMessages.refusedAndKept(rejected.error(), rejected.message()));
            }
            if (!ticketKeys.ring().isEmpty() && !ticketKeys.enrolled()) {
                // The exits and, at sync, the server will refuse this ticket: tell the operator now.
                warnings.add(
                        LaneMessages.stationKeyNotEnrolled(ticketKeys.signer().keyId()));
            }
            log.info("Entry {} stored offline ({})", id, describe(result));
            offline.save(OfflineRecord.of(request.apply(ticketCode, true)));
            outcome = new EntryOutcome(
                    id,
                    ticketCode,
                    plate.normalized(),
                    plate.display(),
                    type,
                    gate,
                    entryTime,
                    true,
                    false,
                    false,
                    warnings);
        }
        // The record is safe from here on: nothing below may stop the car (issue 7, item 9).
        boolean photoQueued = jpeg != null
                && AfterRecord.step(
                        "keeping the photo",
                        () -> photos.keep(id, PhotoKind.MASUK, jpeg),
                        LaneMessages::photoNotSaved,
                        warnings);
        rememberInside(outcome, type, gate, entryTime, warnings);
        devices.printTicket(
                new EntryTicket(
                        identity.siteName(),
                        ticketCodeOrId(outcome),
                        outcome.plateDisplay(),
                        type,
                        gate,
                        entryTime,
                        outcome.offline()),
                warnings);
        devices.openBarrier("entry " + outcome.plateDisplay(), warnings);
        if (photoQueued && !outcome.offline()) {
            // In the background: a slow link holds up the photo, never the lane. Offline, the sync sends it after its
            // record.
            uploader.submit(id, PhotoKind.MASUK);
        }
        return outcome;
    }

    private void rememberInside(
            EntryOutcome outcome, VehicleType type, String gate, Instant entryTime, List<Message> warnings) {
        SessionView session = new SessionView(
                outcome.id(),
                outcome.ticketCode(),
                outcome.plate(),
                outcome.plateDisplay(),
                type,
                "ACTIVE",
                gate,
                entryTime,
                null,
                null,
                null,
                null,
                outcome.suspectedDuplicate(),
                outcome.offline(),
                false);
        AfterRecord.step(
                "writing the cache of vehicles inside",
                () -> {
                    inside.put(session);
                    inside.flush();
                },
                LaneMessages::cacheNotSaved,
                warnings);
    }

    private static boolean isTicketProblem(String error) {
        return "invalid_ticket".equals(error) || "ticket_mismatch".equals(error);
    }

    private static Plate plate(String raw, boolean nonStandard) {
        try {
            return nonStandard ? Plates.nonStandard(raw) : Plates.parse(raw);
        } catch (InvalidPlateException e) {
            throw LaneMessages.invalidPlate(e.getMessage());
        }
    }

    private static String ticketCodeOrId(EntryOutcome outcome) {
        return outcome.ticketCode() != null
                ? outcome.ticketCode()
                : outcome.id().toString();
    }

    static String describe(ApiResult<?> result) {
        if (result instanceof ApiResult.Unavailable<?> unavailable) {
            return unavailable.reason();
        }
        if (result instanceof ApiResult.Unauthorized<?> unauthorized) {
            return "unauthorized: " + unauthorized.message();
        }
        if (result instanceof ApiResult.Rejected<?> rejected) {
            return rejected.status() + " " + rejected.error() + ": " + rejected.message();
        }
        return "ok";
    }
}
