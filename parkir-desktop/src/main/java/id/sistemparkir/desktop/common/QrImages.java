package id.sistemparkir.desktop.common;

import com.google.zxing.common.BitMatrix;
import id.sistemparkir.core.ticket.TicketQr;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** A ticket code as a QR image for the screen (the printed one comes from the printer). */
public final class QrImages {

    private QrImages() {}

    public static Image of(String code, int sizePx) {
        BitMatrix matrix = TicketQr.encode(code, sizePx);
        WritableImage image = new WritableImage(matrix.getWidth(), matrix.getHeight());
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                pixels.setColor(x, y, matrix.get(x, y) ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}
