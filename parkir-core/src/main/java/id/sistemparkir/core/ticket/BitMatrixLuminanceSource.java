package id.sistemparkir.core.ticket;

import com.google.zxing.LuminanceSource;
import com.google.zxing.common.BitMatrix;

/** A black-and-white {@link LuminanceSource} over a {@link BitMatrix}: set bits are black, the rest white. */
final class BitMatrixLuminanceSource extends LuminanceSource {

    private static final byte BLACK = 0;
    private static final byte WHITE = (byte) 0xFF;

    private final BitMatrix matrix;

    BitMatrixLuminanceSource(BitMatrix matrix) {
        super(matrix.getWidth(), matrix.getHeight());
        this.matrix = matrix;
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        if (y < 0 || y >= getHeight()) {
            throw new IllegalArgumentException("row outside the image: " + y);
        }
        byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
        for (int x = 0; x < getWidth(); x++) {
            out[x] = matrix.get(x, y) ? BLACK : WHITE;
        }
        return out;
    }

    @Override
    public byte[] getMatrix() {
        int width = getWidth();
        byte[] out = new byte[width * getHeight()];
        for (int y = 0; y < getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                out[y * width + x] = matrix.get(x, y) ? BLACK : WHITE;
            }
        }
        return out;
    }
}
