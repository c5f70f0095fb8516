package id.sistemparkir.client;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real, small JPEG images for tests that upload photos to the real server (it decodes their header). */
public final class TestJpegs {

    private TestJpegs() {}

    /** A 32 × 24 JPEG; {@code seed} makes different images give different bytes. */
    public static byte[] real(int seed) {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        image.setRGB(seed % 32, (seed / 32) % 24, 0xFFFFFF);
        image.setRGB(0, 0, seed * 7919 & 0xFFFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
