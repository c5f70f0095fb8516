package id.sistemparkir.client.device.camera;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Returns the bytes of one JPEG file on every capture: for demos, and for cameras that drop their latest snapshot
 * into a folder (point it at that file).
 */
public final class FileCamera implements Camera {

    private final Path file;

    public FileCamera(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public byte[] capture(CaptureRequest request) throws DeviceException {
        Objects.requireNonNull(request, "request");
        try {
            if (Files.size(file) > Jpeg.MAX_BYTES) {
                throw new DeviceException(
                        DeviceKind.CAMERA, "Camera file " + file + " is larger than 5 MiB; lower its resolution");
            }
            return Jpeg.check(Files.readAllBytes(file), "file " + file);
        } catch (NoSuchFileException e) {
            throw new DeviceException(DeviceKind.CAMERA, "Camera file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new DeviceException(
                    DeviceKind.CAMERA, "Camera file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "FileCamera[" + file + "]";
    }
}
