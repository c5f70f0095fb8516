package id.sistemparkir.client.device.camera;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** JPEG checks and encoding shared by the cameras. */
public final class Jpeg {

    /** The largest photo a camera returns: the Server refuses photos over 5 MiB (DESIGN §4). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private Jpeg() {}

    /** True when {@code bytes} start with the JPEG start-of-image marker and the next marker's prefix. */
    public static boolean hasMagic(byte[] bytes) {
        return bytes != null
                && bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xFF
                && (bytes[1] & 0xFF) == 0xD8
                && (bytes[2] & 0xFF) == 0xFF;
    }

    /** Checks that a camera's bytes are a JPEG of an acceptable size; {@code source} names the camera in messages. */
    static byte[] check(byte[] bytes, String source) throws DeviceException {
        if (bytes.length == 0) {
            throw new DeviceException(DeviceKind.CAMERA, "Camera " + source + " returned an empty image");
        }
        if (bytes.length > MAX_BYTES) {
            throw new DeviceException(
                    DeviceKind.CAMERA,
                    "Camera " + source + " returned an image larger than 5 MiB; lower its resolution");
        }
        if (!hasMagic(bytes)) {
            throw new DeviceException(DeviceKind.CAMERA, "Camera " + source + " did not return a JPEG image");
        }
        return bytes;
    }

    /**
     * Encodes an RGB image as JPEG in memory (no temporary files, no global ImageIO settings changed).
     *
     * @param quality 0.0–1.0
     */
    static byte[] encode(BufferedImage image, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("no JPEG encoder available in this Java runtime");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
