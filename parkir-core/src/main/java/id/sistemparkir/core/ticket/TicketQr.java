package id.sistemparkir.core.ticket;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import java.util.Objects;

/**
 * A ticket code as a QR symbol, as a ZXing {@link BitMatrix} ({@code true} = dark). Rendering the matrix to an
 * image, a printer or the screen happens outside core.
 */
public final class TicketQr {

    private static final Map<EncodeHintType, Object> ENCODE_HINTS =
            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1);
    private static final Map<DecodeHintType, Object> PURE = Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
    private static final Map<DecodeHintType, Object> SEARCH = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private TicketQr() {}

    /**
     * Encodes a code as a square QR symbol (error correction M, a one-module margin), scaled up to {@code sizePx}
     * (whole pixels per module, centred; never smaller than the symbol itself).
     */
    public static BitMatrix encode(String code, int sizePx) {
        Objects.requireNonNull(code, "code");
        if (code.isEmpty() || sizePx <= 0) {
            throw new IllegalArgumentException("need a non-empty code and a positive size");
        }
        try {
            return new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, sizePx, sizePx, ENCODE_HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the code as a QR symbol: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the text of the QR symbol in a bit matrix: first as a clean, generated symbol, then by searching the
     * matrix for one.
     *
     * @throws IllegalArgumentException when no readable QR symbol is found
     */
    public static String decode(BitMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BitMatrixLuminanceSource(matrix)));
        try {
            return new QRCodeReader().decode(bitmap, PURE).getText();
        } catch (ReaderException pureFailed) {
            try {
                return new QRCodeReader().decode(bitmap, SEARCH).getText();
            } catch (ReaderException e) {
                throw new IllegalArgumentException("no readable QR code found", e);
            }
        }
    }
}
