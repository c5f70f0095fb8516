package id.sistemparkir.client.device.printer;

import id.sistemparkir.client.device.printer.PrintLayout.Block;
import id.sistemparkir.client.device.printer.PrintLayout.Qr;
import id.sistemparkir.client.device.printer.PrintLayout.Style;
import id.sistemparkir.client.device.printer.PrintLayout.Text;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns a layout into ESC/POS bytes for a 58 mm thermal printer (Epson TM-T20/T82 and the many compatible ones).
 *
 * <p>Text is sent as plain ASCII, which every code page (CP437 included) shows the same way: accents are dropped
 * ({@code é} → {@code e}), {@code ·} and dashes become {@code -}, anything else outside ASCII becomes {@code ?}.
 */
final class EscPosEncoder {

    static final byte ESC = 0x1B;
    static final byte GS = 0x1D;
    static final byte LF = 0x0A;

    /** {@code ESC @}: initialise the printer. */
    static final byte[] INIT = {ESC, '@'};
    /** {@code GS V 1}: partial cut. */
    static final byte[] PARTIAL_CUT = {GS, 'V', 1};

    /** Dot size of one QR module (1–16); 6 gives a ~25 mm symbol for a version 3 code. */
    private static final int QR_MODULE_DOTS = 6;

    private static final int FEED_LINES_BEFORE_CUT = 4;

    byte[] encode(PrintLayout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        out.writeBytes(INIT);
        for (Block block : layout.blocks()) {
            if (block instanceof Text text) {
                text(out, text);
            } else if (block instanceof Qr qr) {
                qr(out, qr.content());
            } else {
                align(out, false);
                out.writeBytes(ascii("-".repeat(PrintLayout.COLUMNS)));
                out.write(LF);
            }
        }
        out.writeBytes(new byte[] {ESC, 'd', FEED_LINES_BEFORE_CUT});
        out.writeBytes(PARTIAL_CUT);
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, Text text) {
        align(out, text.centred());
        boolean emphasised = text.style() != Style.NORMAL;
        out.writeBytes(new byte[] {ESC, 'E', (byte) (emphasised ? 1 : 0)});
        // GS ! n: bit 0 = double height (a title is taller, never wider: the layout wraps at the normal width).
        out.writeBytes(new byte[] {GS, '!', (byte) (text.style() == Style.TITLE ? 0x01 : 0x00)});
        out.writeBytes(ascii(text.text()));
        out.write(LF);
        if (emphasised) {
            out.writeBytes(new byte[] {ESC, 'E', 0, GS, '!', 0});
        }
    }

    /** {@code GS ( k}: model 2, module size, error correction M, store the data, print it. */
    private static void qr(ByteArrayOutputStream out, String content) {
        align(out, true);
        out.writeBytes(new byte[] {GS, '(', 'k', 4, 0, '1', 'A', '2', 0});
        out.writeBytes(new byte[] {GS, '(', 'k', 3, 0, '1', 'C', QR_MODULE_DOTS});
        out.writeBytes(new byte[] {GS, '(', 'k', 3, 0, '1', 'E', '1'});
        out.writeBytes(qrStore(ascii(content)));
        out.writeBytes(new byte[] {GS, '(', 'k', 3, 0, '1', 'Q', '0'});
        out.write(LF);
    }

    /** {@code GS ( k pL pH 49 80 48 d1…dk} (function 180): store {@code data} in the symbol storage area. */
    static byte[] qrStore(byte[] data) {
        int length = data.length + 3;
        if (length > 0xFFFF) {
            throw new IllegalArgumentException("QR data too long for ESC/POS: " + data.length + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 8);
        out.writeBytes(new byte[] {GS, '(', 'k', (byte) (length & 0xFF), (byte) (length >>> 8), '1', 'P', '0'});
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static void align(ByteArrayOutputStream out, boolean centred) {
        out.writeBytes(new byte[] {ESC, 'a', (byte) (centred ? 1 : 0)});
    }

    /** Printable ASCII only: accents dropped, {@code ·} and dashes as {@code -}, the rest as {@code ?}. */
    static byte[] ascii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> out.append(asciiFor(c)));
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static char asciiFor(int c) {
        if (c >= 0x20 && c < 0x7F) {
            return (char) c;
        }
        return switch (c) {
            case '\u00B7', '\u2022', '\u2013', '\u2014', '\u2212' -> '-';
            case '\u2018', '\u2019' -> '\'';
            case '\u201C', '\u201D' -> '"';
            case '\u00A0', '\t' -> ' ';
            default -> '?';
        };
    }
}
