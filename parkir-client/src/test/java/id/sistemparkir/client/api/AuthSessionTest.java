package id.sistemparkir.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.contract.EntryResponse;
import id.sistemparkir.core.contract.LoginResponse;
import id.sistemparkir.core.contract.TariffDto;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN §5a: "401 → log in again, then retry", against the real server. */
class AuthSessionTest {

    private static ServerFixture server;

    @BeforeAll
    static void startServer() {
        server = ServerFixture.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aRevokedTokenIsRenewedByLoggingInAgainAndTheCallIsRetried() {
        AuthSession session =
                new AuthSession(new ServerApi(server.endpoint()), ServerFixture.ADMIN, ServerFixture.PASSWORD, "IN-1");
        assertThat(session.login().isOk()).isTrue();
        String old = session.api().token().orElseThrow();
        revoke(old);

        ApiResult<EntryResponse> result = session.call(api -> api.postEntry(ServerFixture.newEntry()));

        assertThat(result).isInstanceOfSatisfying(ApiResult.Ok.class, ok -> assertThat(ok.status())
                .isEqualTo(201));
        assertThat(session.api().token()).isPresent().get().isNotEqualTo(old);
        assertThat(session.lastLogin().map(LoginResponse::token))
                .isEqualTo(session.api().token());
    }

    @Test
    void aSessionWithoutTokenLogsInFirst() {
        // That login behind a call has the call's short request timeout; a password check on a busy CI machine can
        // take longer than the default 2 s, and how long it may take is not what this test is about.
        ServerEndpoint patient = server.endpoint().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30));
        AuthSession session =
                new AuthSession(new ServerApi(patient), ServerFixture.ADMIN, ServerFixture.PASSWORD, null);

        ApiResult<List<TariffDto>> tariffs = session.call(ServerApi::tariffs);

        assertThat(tariffs.isOk()).isTrue();
        assertThat(session.lastLogin()).isPresent();
    }

    @Test
    void wrongCredentialsEndInUnauthorizedWithoutLooping() {
        ServerApi api = new ServerApi(server.endpoint());
        api.useToken("expired-or-garbage");
        AuthSession session = new AuthSession(api, ServerFixture.ADMIN, "not-the-password", null);
        int[] calls = {0};

        ApiResult<List<TariffDto>> result = session.call(a -> {
            calls[0]++;
            return a.tariffs();
        });

        assertThat(result).isInstanceOfSatisfying(ApiResult.Unauthorized.class, refused -> assertThat(refused.error())
                .isEqualTo("invalid_credentials"));
        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void renewDoesNotLogInAgainWhenTheTokenWasAlreadyReplaced() {
        AuthSession session =
                new AuthSession(new ServerApi(server.endpoint()), ServerFixture.ADMIN, ServerFixture.PASSWORD, null);
        session.login();
        String first = session.api().token().orElseThrow();
        session.renew(first);
        String second = session.api().token().orElseThrow();

        session.renew(first); // a late report about the first token

        assertThat(second).isNotEqualTo(first);
        assertThat(session.api().token()).contains(second);
    }

    @Test
    void thePasswordNeverShowsInToString() {
        AuthSession session = new AuthSession(new ServerApi(server.endpoint()), "op1", "s3cret-pass", "IN-1");

        assertThat(session.toString()).doesNotContain("s3cret-pass").contains("op1");
    }

    private static void revoke(String token) {
        HttpResponse<String> response = server.server().api().post("/api/v1/auth/logout", token, "");
        assertThat(response.statusCode()).isEqualTo(204);
    }
}
