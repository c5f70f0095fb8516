package id.sistemparkir.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiResultTest {

    @Test
    void okGivesItsBodyAndTheOthersGiveNull() {
        assertThat(new ApiResult.Ok<>(201, "x").bodyOrNull()).isEqualTo("x");
        assertThat(new ApiResult.Ok<>(201, "x").isOk()).isTrue();
        assertThat(new ApiResult.Rejected<String>(400, "bad_request", "m", "{}").bodyOrNull())
                .isNull();
        assertThat(new ApiResult.Unauthorized<String>("token_expired", "m").isOk())
                .isFalse();
        assertThat(new ApiResult.Unavailable<String>("down").bodyOrNull()).isNull();
    }

    @Test
    void mapChangesTheBodyOfOkAndKeepsTheOtherOutcomes() {
        assertThat(new ApiResult.Ok<>(200, "abc").map(String::length)).isEqualTo(new ApiResult.Ok<>(200, 3));
        assertThat(new ApiResult.Rejected<String>(409, "id_conflict", "m", "{}").map(String::length))
                .isEqualTo(new ApiResult.Rejected<Integer>(409, "id_conflict", "m", "{}"));
        assertThat(new ApiResult.Unauthorized<String>("e", "m").map(String::length))
                .isEqualTo(new ApiResult.Unauthorized<Integer>("e", "m"));
        assertThat(new ApiResult.Unavailable<String>("r").map(String::length))
                .isEqualTo(new ApiResult.Unavailable<Integer>("r"));
    }

    @Test
    void describeIsOneLineForLogsAndLastError() {
        assertThat(new ApiResult.Rejected<>(409, "already_exited", "Ticket already exited", "{}").describe())
                .isEqualTo("409 already_exited: Ticket already exited");
        assertThat(new ApiResult.Unavailable<>("no answer within 2000 ms").describe())
                .isEqualTo("unavailable: no answer within 2000 ms");
        assertThat(new ApiResult.Unauthorized<>("token_expired", "m").describe())
                .isEqualTo("401 token_expired: m");
    }
}
