package id.sistemparkir.desktop.common;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import javafx.scene.image.Image;

/** A JPEG from a camera or the server, as an image for the screen. */
public final class Photos {

    private Photos() {}

    public static Optional<Image> of(byte[] jpeg) {
        if (jpeg == null || jpeg.length == 0) {
            return Optional.empty();
        }
        Image image = new Image(new ByteArrayInputStream(jpeg));
        return image.isError() ? Optional.empty() : Optional.of(image);
    }
}
