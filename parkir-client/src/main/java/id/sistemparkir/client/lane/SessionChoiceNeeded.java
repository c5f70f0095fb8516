package id.sistemparkir.client.lane;

import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.core.contract.SessionView;
import java.util.List;

/**
 * More than one vehicle inside matches what the operator gave (a plate with two ACTIVE sessions, a short code after a
 * collision): the operator must choose one of {@link #candidates()} (entry time, gate, photo) and ask again with its
 * session id ({@link ExitLane#choose}).
 */
public final class SessionChoiceNeeded extends LaneRejection {

    private final transient List<SessionView> candidates;

    public SessionChoiceNeeded(String code, Message text, List<SessionView> candidates) {
        super(code, text);
        this.candidates = List.copyOf(candidates);
    }

    /** Newest entry first. */
    public List<SessionView> candidates() {
        return candidates;
    }
}
