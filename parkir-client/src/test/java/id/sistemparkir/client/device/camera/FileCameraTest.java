package id.sistemparkir.client.device.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCameraTest {

    private static final CaptureRequest REQUEST = new CaptureRequest("IN1", "", Instant.EPOCH);

    @TempDir
    Path dir;

    @Test
    void returnsTheFilesBytes() throws Exception {
        byte[] jpeg = new SimulatedCamera(ZoneId.of("UTC")).capture(REQUEST);
        Path file = Files.write(dir.resolve("snap.jpg"), jpeg);

        assertThat(new FileCamera(file).capture(REQUEST)).isEqualTo(jpeg);
    }

    @Test
    void refusesAFileThatIsNotAJpeg() throws Exception {
        Path file = Files.write(dir.resolve("snap.jpg"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        assertThatThrownBy(() -> new FileCamera(file).capture(REQUEST))
                .isInstanceOf(DeviceException.class)
                .hasMessageContaining("did not return a JPEG")
                .satisfies(e -> assertThat(((DeviceException) e).kind()).isEqualTo(DeviceKind.CAMERA));
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path file = Files.write(dir.resolve("snap.jpg"), new byte[0]);

        assertThatThrownBy(() -> new FileCamera(file).capture(REQUEST)).hasMessageContaining("empty");
    }

    @Test
    void saysWhenTheFileIsMissing() {
        Path file = dir.resolve("missing.jpg");

        assertThatThrownBy(() -> new FileCamera(file).capture(REQUEST))
                .isInstanceOf(DeviceException.class)
                .hasMessage("Camera file " + file + " does not exist");
    }

    @Test
    void refusesAFileLargerThanTheServerAccepts() throws Exception {
        Path file = dir.resolve("huge.jpg");
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            out.setLength(Jpeg.MAX_BYTES + 1L);
        }

        assertThatThrownBy(() -> new FileCamera(file).capture(REQUEST)).hasMessageContaining("larger than 5 MiB");
    }
}
