package id.sistemparkir.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RealtimeStateTest {

    @Test
    void followsTheConnectionLifecycle() {
        assertThat(RealtimeState.IDLE.canMoveTo(RealtimeState.CONNECTING)).isTrue();
        assertThat(RealtimeState.CONNECTING.canMoveTo(RealtimeState.AWAITING_HELLO))
                .isTrue();
        assertThat(RealtimeState.AWAITING_HELLO.canMoveTo(RealtimeState.LIVE)).isTrue();
        assertThat(RealtimeState.LIVE.canMoveTo(RealtimeState.BACKING_OFF)).isTrue();
        assertThat(RealtimeState.BACKING_OFF.canMoveTo(RealtimeState.CONNECTING))
                .isTrue();
    }

    @Test
    void neverSkipsAStepAndNothingLeavesClosed() {
        assertThat(RealtimeState.CONNECTING.canMoveTo(RealtimeState.LIVE)).isFalse();
        assertThat(RealtimeState.LIVE.canMoveTo(RealtimeState.LIVE)).isFalse();
        assertThat(RealtimeState.BACKING_OFF.canMoveTo(RealtimeState.BACKING_OFF))
                .isFalse();
        for (RealtimeState state : RealtimeState.values()) {
            assertThat(state == RealtimeState.CLOSED || state.canMoveTo(RealtimeState.CLOSED))
                    .isTrue();
            assertThat(RealtimeState.CLOSED.canMoveTo(state)).isFalse();
        }
    }
}
