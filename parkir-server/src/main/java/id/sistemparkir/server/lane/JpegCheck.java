package id.sistemparkir.server.lane;

import id.sistemparkir.server.http.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether an upload is a plausible camera JPEG: it starts with the JPEG start marker, ends with the end marker, and
 * its header decodes to sane dimensions. Only the header is decoded, so a "decompression bomb" (a small file that
 * claims 100,000 × 60,000 pixels) costs nothing.
 */
final class JpegCheck {

    static final int MAX_SIDE = 10_000;
    static final long MAX_PIXELS = 50_000_000L;

    private JpegCheck() {}

    static void require(byte[] jpeg) {
        if (!startsAsJpeg(jpeg) || !endsAsJpeg(jpeg)) {
            throw notJpeg();
        }
        int width;
        int height;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
            if (in == null || !readers.hasNext()) {
                throw notJpeg();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw notJpeg();
        }
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw ApiException.badRequest(
                    "invalid_image",
                    "The photo's dimensions are not those of a camera image (at most " + MAX_SIDE + " pixels a side).");
        }
    }

    private static boolean startsAsJpeg(byte[] jpeg) {
        return jpeg.length >= 4 && (jpeg[0] & 0xFF) == 0xFF && (jpeg[1] & 0xFF) == 0xD8 && (jpeg[2] & 0xFF) == 0xFF;
    }

    /** Some cameras pad a frame with zero bytes after the end marker; anything else after it is not a photo. */
    private static boolean endsAsJpeg(byte[] jpeg) {
        int end = jpeg.length;
        while (end > 2 && jpeg[end - 1] == 0) {
            end--;
        }
        return end >= 4 && (jpeg[end - 2] & 0xFF) == 0xFF && (jpeg[end - 1] & 0xFF) == 0xD9;
    }

    private static ApiException notJpeg() {
        return ApiException.badRequest("invalid_image", "The body is not a JPEG image.");
    }
}
