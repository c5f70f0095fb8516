package id.sistemparkir.client.device.camera;

import id.sistemparkir.client.device.DeviceException;

/** Takes a photo of the vehicle at a lane. Implementations are thread-safe. */
public interface Camera {

    /**
     * Takes one photo.
     *
     * @return the photo as JPEG bytes (starting with {@code FF D8 FF}), at most {@link Jpeg#MAX_BYTES}
     * @throws DeviceException when no photo could be taken; the lane goes on without one
     */
    byte[] capture(CaptureRequest request) throws DeviceException;
}
