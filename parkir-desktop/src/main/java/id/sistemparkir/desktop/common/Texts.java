package id.sistemparkir.desktop.common;

import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.i18n.Messages;
import id.sistemparkir.client.lane.LaneRejection;
import id.sistemparkir.core.vehicle.VehicleType;

/**
 * Every word the windows show: the desktop's bundle ({@code i18n/desktop*.properties}) layered over the client
 * library's, in one language per process (decision 0008).
 */
public final class Texts {

    public static final String BUNDLE = "i18n/desktop";

    private final Messages messages;

    private Texts(Messages messages) {
        this.messages = messages;
    }

    public static Texts load(Language language) {
        return new Texts(Messages.load(language, BUNDLE, "i18n/client"));
    }

    public Language language() {
        return messages.language();
    }

    public String get(String key, Object... args) {
        return messages.text(key, args);
    }

    /** Whether a bundle has {@code key} (for codes the server may add, shown as they are when not worded). */
    public boolean has(String key) {
        return messages.has(key);
    }

    public String get(Message message) {
        return messages.text(message);
    }

    /** What to tell the operator about a failed background job: the lane's refusal worded, else a generic line. */
    public String problem(Throwable failure) {
        return failure instanceof LaneRejection rejection
                ? get(rejection.text())
                : get("error.unexpected", failure.getMessage());
    }

    public String vehicle(VehicleType type) {
        return get("vehicle." + type.name());
    }
}
