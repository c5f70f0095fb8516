package id.sistemparkir.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.EntryResponse;
import id.sistemparkir.core.contract.ExitRequest;
import id.sistemparkir.core.contract.ExitResponse;
import id.sistemparkir.core.contract.FeeQuoteResponse;
import id.sistemparkir.core.contract.HealthResponse;
import id.sistemparkir.core.contract.LoginResponse;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.contract.TariffDto;
import id.sistemparkir.core.contract.TicketKeyDto;
import id.sistemparkir.core.contract.TicketKeysResponse;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.testsupport.Jpegs;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ServerApi} against the real server (H2): every call of the lane's API, and how refusals come back. */
class ServerApiTest {

    private static ServerFixture server;
    private ServerApi api;

    @BeforeAll
    static void startServer() {
        server = ServerFixture.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void logIn() {
        api = server.loggedInApi();
    }

    @Test
    void loginRemembersTheToken() {
        ServerApi fresh = new ServerApi(server.endpoint());
        assertThat(fresh.token()).isEmpty();

        ApiResult<LoginResponse> login = fresh.login(ServerFixture.ADMIN, ServerFixture.PASSWORD, "IN-1");

        assertThat(login).isInstanceOf(ApiResult.Ok.class);
        LoginResponse body = login.bodyOrNull();
        assertThat(body.user().username()).isEqualTo("admin");
        assertThat(fresh.token()).contains(body.token());
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        ApiResult<LoginResponse> login = new ServerApi(server.endpoint()).login("admin", "wrong-password", null);

        assertThat(login)
                .isEqualTo(new ApiResult.Unauthorized<LoginResponse>(
                        "invalid_credentials", "Wrong username or password."));
    }

    @Test
    void healthIsOkWithTheDatabaseUp() {
        ApiResult<HealthResponse> health = new ServerApi(server.endpoint()).health();

        assertThat(health).isInstanceOf(ApiResult.Ok.class);
        assertThat(((ApiResult.Ok<HealthResponse>) health).status()).isEqualTo(200);
        assertThat(health.bodyOrNull().database()).isEqualTo(HealthResponse.UP);
        assertThat(health.bodyOrNull().time()).isNotNull();
    }

    @Test
    void anEntryIsCreatedOnceAndItsReplayIsAnOkDuplicate() {
        EntryRequest entry = ServerFixture.newEntry();

        ApiResult<EntryResponse> first = api.postEntry(entry);
        ApiResult<EntryResponse> replay = api.postEntry(entry);

        assertThat(first).isInstanceOfSatisfying(ApiResult.Ok.class, ok -> assertThat(ok.status())
                .isEqualTo(201));
        assertThat(first.bodyOrNull().ticketCode()).isNotBlank();
        assertThat(first.bodyOrNull().duplicate()).isFalse();
        assertThat(replay).isInstanceOfSatisfying(ApiResult.Ok.class, ok -> assertThat(ok.status())
                .isEqualTo(200));
        assertThat(replay.bodyOrNull().duplicate()).isTrue();
        assertThat(replay.bodyOrNull().ticketCode())
                .isEqualTo(first.bodyOrNull().ticketCode());
    }

    @Test
    void theSameIdWithOtherContentIsRejectedWithTheServersCode() {
        EntryRequest entry = ServerFixture.newEntry();
        api.postEntry(entry);
        EntryRequest changed = new EntryRequest(
                entry.id(), null, "B 9999 ZZZ", VehicleType.MOTOR, "IN1", entry.entryTime(), false, false);

        ApiResult<EntryResponse> result = api.postEntry(changed);

        assertThat(result).isInstanceOfSatisfying(ApiResult.Rejected.class, rejected -> {
            assertThat(rejected.status()).isEqualTo(409);
            assertThat(rejected.error()).isEqualTo("id_conflict");
            assertThat(rejected.rawBody()).contains("id_conflict");
        });
    }

    @Test
    void aBadPlateIsRejectedAsBadRequest() {
        EntryRequest entry =
                new EntryRequest(UUID.randomUUID(), null, "!!!", VehicleType.MOBIL, "IN1", Instant.now(), false, false);

        ApiResult<EntryResponse> result = api.postEntry(entry);

        assertThat(result).isInstanceOfSatisfying(ApiResult.Rejected.class, rejected -> {
            assertThat(rejected.status()).isEqualTo(400);
            assertThat(rejected.error()).isEqualTo("invalid_plate");
            assertThat(rejected.message()).isNotBlank();
        });
    }

    @Test
    void anExitIsCreatedReplayedAndASecondExitOfTheTicketIsAConflictWithTheExistingExit() {
        EntryResponse entry = api.postEntry(ServerFixture.newEntry()).bodyOrNull();
        Instant exitTime = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long fee = api.quote(entry.ticketCode(), null, exitTime, false)
                .bodyOrNull()
                .fee();
        ExitRequest exit = new ExitRequest(
                UUID.randomUUID(), entry.ticketCode(), null, null, "OUT1", exitTime, fee, fee, "CASH", false, false);

        ApiResult<ExitResponse> first = api.postExit(exit);
        ApiResult<ExitResponse> replay = api.postExit(exit);
        ExitRequest other = new ExitRequest(
                UUID.randomUUID(), entry.ticketCode(), null, null, "OUT2", exitTime, fee, fee, "CASH", false, false);
        ApiResult<ExitResponse> second = api.postExit(other);

        assertThat(first).isInstanceOfSatisfying(ApiResult.Ok.class, ok -> assertThat(ok.status())
                .isEqualTo(201));
        assertThat(first.bodyOrNull().entryId()).isEqualTo(entry.id());
        assertThat(replay).isInstanceOfSatisfying(ApiResult.Ok.class, ok -> assertThat(ok.status())
                .isEqualTo(200));
        assertThat(replay.bodyOrNull().duplicate()).isTrue();
        assertThat(second).isInstanceOfSatisfying(ApiResult.Rejected.class, rejected -> {
            assertThat(rejected.status()).isEqualTo(409);
            assertThat(rejected.error()).isEqualTo("already_exited");
            assertThat(rejected.rawBody()).contains(exit.id().toString());
        });
    }

    @Test
    void anExitWhoseEntryHasNotArrivedIsAcceptedAs202() {
        ExitRequest exit = new ExitRequest(
                UUID.randomUUID(),
                null,
                UUID.randomUUID(),
                null,
                "OUT1",
                Instant.now(),
                5000,
                5000,
                "CASH",
                false,
                true);

        ApiResult<ExitResponse> result = api.postExit(exit);

        assertThat(result).isInstanceOfSatisfying(ApiResult.Ok.class, ok -> assertThat(ok.status())
                .isEqualTo(202));
        assertThat(result.bodyOrNull().pendingEntry()).isTrue();
    }

    @Test
    void aPhotoIsStoredOnceAndABodyThatIsNoJpegIsRejected() {
        UUID record = UUID.randomUUID();
        byte[] jpeg = Jpegs.valid(3);

        assertThat(api.putPhoto(record, "IN", jpeg)).isEqualTo(new ApiResult.Ok<Void>(201, null));
        assertThat(api.putPhoto(record, "IN", jpeg)).isEqualTo(new ApiResult.Ok<Void>(200, null));
        assertThat(api.putPhoto(UUID.randomUUID(), "OUT", new byte[] {1, 2, 3, 4}))
                .isInstanceOfSatisfying(ApiResult.Rejected.class, rejected -> assertThat(rejected.error())
                        .isEqualTo("invalid_image"));
    }

    @Test
    void aTicketIsFoundByItsCodeAndAnUnknownOneIsRejectedAsNotFound() {
        EntryRequest request = ServerFixture.newEntry();
        EntryResponse entry = api.postEntry(request).bodyOrNull();

        ApiResult<SessionView> found = api.ticket(entry.ticketCode());
        ApiResult<SessionView> unknown = api.ticket("UNKNOWN-TICKET");

        assertThat(found.bodyOrNull().id()).isEqualTo(request.id());
        assertThat(found.bodyOrNull().status()).isEqualTo("ACTIVE");
        assertThat(unknown).isInstanceOfSatisfying(ApiResult.Rejected.class, rejected -> assertThat(rejected.status())
                .isIn(400, 404));
    }

    @Test
    void vehiclesInsideAreFoundByPlatePrefix() {
        EntryRequest request = ServerFixture.newEntry();
        api.postEntry(request);
        String prefix = request.plate().substring(0, request.plate().length() - 2); // "B 1234 T"

        ApiResult<List<SessionView>> inside = api.vehiclesInside(prefix, 50);
        ApiResult<List<SessionView>> all = api.vehiclesInside(null, 500);

        assertThat(inside.bodyOrNull()).extracting(SessionView::id).containsExactly(request.id());
        assertThat(all.bodyOrNull()).extracting(SessionView::id).contains(request.id());
    }

    @Test
    void aQuoteIsTheFeeForTheStayUntilTheExitTime() {
        EntryRequest request = ServerFixture.newEntry();
        api.postEntry(request);
        Instant exit = request.entryTime().plus(150, ChronoUnit.MINUTES); // DESIGN §7: MOBIL 2 h 30 min = 11,000

        ApiResult<FeeQuoteResponse> byEntryId = api.quote(null, request.id(), exit, false);
        ApiResult<FeeQuoteResponse> lost = api.quote(null, request.id(), exit, true);

        assertThat(byEntryId.bodyOrNull().fee()).isEqualTo(11_000);
        assertThat(byEntryId.bodyOrNull().lines()).isNotEmpty();
        assertThat(lost.bodyOrNull().fee()).isEqualTo(61_000);
        assertThat(api.quote(null, null, exit, false))
                .isInstanceOfSatisfying(ApiResult.Rejected.class, rejected -> assertThat(rejected.error())
                        .isEqualTo("missing_parameter"));
    }

    @Test
    void tariffsAndThePublicTicketKeysAreServed() {
        ApiResult<List<TariffDto>> tariffs = api.tariffs();
        ApiResult<TicketKeysResponse> keys = api.ticketKeys();

        assertThat(tariffs.bodyOrNull()).isNotEmpty();
        assertThat(tariffs.bodyOrNull().get(0).rates()).containsKey(VehicleType.MOBIL);
        assertThat(keys.bodyOrNull().keys())
                .anySatisfy(key -> assertThat(key.station()).isEqualTo(TicketKeyDto.SERVER));
        assertThat(keys.bodyOrNull().keys())
                .allSatisfy(key -> assertThat(key.toTrustedKey().keyId()).isEqualTo(key.keyId()));
    }

    @Test
    void aGarbageTokenIsUnauthorized() {
        ServerApi stranger = new ServerApi(server.endpoint());
        stranger.useToken("garbage-token");

        assertThat(stranger.tariffs())
                .isInstanceOfSatisfying(ApiResult.Unauthorized.class, refused -> assertThat(refused.error())
                        .isEqualTo("unauthorized"));
        assertThat(new ServerApi(server.endpoint()).tariffs()).isInstanceOf(ApiResult.Unauthorized.class);
    }

    @Test
    void logoutRevokesTheTokenOnTheServer() {
        ServerApi session = server.loggedInApi();
        String token = session.token().orElseThrow();

        assertThat(session.logout().isOk()).isTrue();

        assertThat(session.token()).isEmpty();
        ServerApi reusing = new ServerApi(server.endpoint());
        reusing.useToken(token);
        assertThat(reusing.tariffs()).isInstanceOf(ApiResult.Unauthorized.class);
    }
}
