package id.sistemparkir.client.device.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SimulatedCameraTest {

    private final SimulatedCamera camera = new SimulatedCamera(ZoneId.of("Asia/Jakarta"));

    @Test
    void drawsARealJpeg() throws Exception {
        byte[] photo = camera.capture(new CaptureRequest("IN1", "B 1234 XYZ", Instant.parse("2026-11-25T01:00:00Z")));

        assertThat(Jpeg.hasMagic(photo)).isTrue();
        assertThat(photo.length).isBetween(1_000, Jpeg.MAX_BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo));
        assertThat(image.getWidth()).isEqualTo(SimulatedCamera.WIDTH);
        assertThat(image.getHeight()).isEqualTo(SimulatedCamera.HEIGHT);
        // The vehicle body (grey) in the middle, the plate (white) below it.
        assertThat(grey(image.getRGB(320, 250))).isBetween(120, 180);
        assertThat(grey(image.getRGB(225, 335))).isGreaterThan(220);
    }

    @Test
    void differentPlatesGiveDifferentPhotosAndABlankPlateIsFine() throws Exception {
        Instant at = Instant.parse("2026-11-25T01:00:00Z");
        byte[] one = camera.capture(new CaptureRequest("IN1", "B 1234 XYZ", at));
        byte[] other = camera.capture(new CaptureRequest("IN1", "D 5 AB", at));
        byte[] blank = camera.capture(new CaptureRequest("IN1", "", at));
        byte[] longText = camera.capture(new CaptureRequest("IN1", "CD123456789012345", at));

        assertThat(one).isNotEqualTo(other);
        assertThat(Jpeg.hasMagic(blank)).isTrue();
        assertThat(Jpeg.hasMagic(longText)).isTrue();
    }

    private static int grey(int rgb) {
        return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
    }
}
