package id.sistemparkir.server.testsupport;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real JPEG bytes for photo cases, and one whose header claims absurd dimensions. */
public final class Jpegs {

    private Jpegs() {}

    public static byte[] valid() {
        return valid(0);
    }

    /** A real 64 × 48 JPEG; different seeds give different bytes. */
    public static byte[] valid(int seed) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        image.setRGB(5 + seed % 50, 7, 0x00FF00 + seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A valid JPEG whose start-of-frame says {@code width x height} (a decompression bomb's header). */
    public static byte[] withDimensions(int width, int height) {
        byte[] jpeg = valid();
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                // FF C0, length (2), precision (1), height (2), width (2)
                jpeg[i + 5] = (byte) ((Math.min(height, 65_535) >> 8) & 0xFF);
                jpeg[i + 6] = (byte) (Math.min(height, 65_535) & 0xFF);
                jpeg[i + 7] = (byte) ((Math.min(width, 65_535) >> 8) & 0xFF);
                jpeg[i + 8] = (byte) (Math.min(width, 65_535) & 0xFF);
                return jpeg;
            }
        }
        throw new IllegalStateException("no SOF0 marker in the test JPEG");
    }
}
