package id.sistemparkir.client.realtime;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a {@link RealtimeClient}, with its allowed transitions (CONVENTIONS §7).
 *
 * <pre>
 * IDLE ──start──▶ CONNECTING ──open──▶ AWAITING_HELLO ──hello──▶ LIVE
 *                     ▲  │ fail              │ lost               │ lost
 *                     │  ▼                   ▼                    ▼
 *                     └── BACKING_OFF ◀──────┴────────────────────┘
 * any ──close──▶ CLOSED
 * </pre>
 */
public enum RealtimeState {
    /** Made, not started. */
    IDLE,
    /** Opening the socket (the WebSocket upgrade). */
    CONNECTING,
    /** Open, waiting for the server's hello. */
    AWAITING_HELLO,
    /** Subscribed: events and statuses flow. */
    LIVE,
    /** Lost or failed; a reconnect is scheduled. */
    BACKING_OFF,
    /** Closed for good. */
    CLOSED;

    private Set<RealtimeState> next() {
        return switch (this) {
            case IDLE -> EnumSet.of(CONNECTING, CLOSED);
            case CONNECTING -> EnumSet.of(AWAITING_HELLO, BACKING_OFF, CLOSED);
            case AWAITING_HELLO -> EnumSet.of(LIVE, BACKING_OFF, CLOSED);
            case LIVE -> EnumSet.of(BACKING_OFF, CLOSED);
            case BACKING_OFF -> EnumSet.of(CONNECTING, CLOSED);
            case CLOSED -> EnumSet.noneOf(RealtimeState.class);
        };
    }

    /** Whether this state may move to {@code target}. */
    public boolean canMoveTo(RealtimeState target) {
        return next().contains(target);
    }
}
