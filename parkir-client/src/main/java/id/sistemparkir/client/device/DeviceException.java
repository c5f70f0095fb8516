package id.sistemparkir.client.device;

import java.util.Objects;

/**
 * A lane device could not do what was asked. The message is short and meant for an operator (no stack trace, no
 * class names), e.g. {@code "Printer 192.168.1.50:9100 is not reachable (connection refused)"}.
 *
 * <p>Checked on purpose: a lane must keep serving vehicles when a device fails (DESIGN §1), so every caller has to
 * decide what to do — store the record without a photo, show the ticket code on screen, ask the operator to lift the
 * barrier by hand.
 */
public class DeviceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final DeviceKind kind;

    public DeviceException(DeviceKind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public DeviceException(DeviceKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** The kind of device that failed. */
    public DeviceKind kind() {
        return kind;
    }
}
