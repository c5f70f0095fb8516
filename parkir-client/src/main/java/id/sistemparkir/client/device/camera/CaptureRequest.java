package id.sistemparkir.client.device.camera;

import java.time.Instant;
import java.util.Objects;

/**
 * What a photo is for.
 *
 * @param gate the lane's gate code, e.g. {@code IN1}
 * @param plateHint the plate as the operator typed it (display form), or an empty string when not known yet; only
 *     the simulated camera uses it (it draws it)
 * @param at when the vehicle is at the lane
 */
public record CaptureRequest(String gate, String plateHint, Instant at) {

    public CaptureRequest {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(plateHint, "plateHint");
        Objects.requireNonNull(at, "at");
    }
}
