package id.sistemparkir.client.device.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * What a ticket or receipt says, block by block, independent of the output (PNG, PDF, ESC/POS). Text is already
 * wrapped to {@link #COLUMNS} characters, the width of a 58 mm thermal printer in its normal font; a title is only
 * taller, never wider.
 */
record PrintLayout(List<Block> blocks) {

    static final int COLUMNS = 32;

    PrintLayout {
        blocks = List.copyOf(blocks);
    }

    enum Style {
        NORMAL,
        BOLD,
        TITLE
    }

    sealed interface Block permits Text, Qr, Rule {}

    /** One printed line of at most {@link #COLUMNS} characters. */
    record Text(String text, Style style, boolean centred) implements Block {}

    /** A QR code carrying {@code content}. */
    record Qr(String content) implements Block {}

    /** A separator line across the paper. */
    record Rule() implements Block {}

    /** The layout as plain text (QR codes as {@code [QR content]}), e.g. for logs and the simulated printer. */
    String plainText() {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Text text) {
                String line = text.centred() ? centre(text.text()) : text.text();
                out.append(line.stripTrailing());
            } else if (block instanceof Qr qr) {
                out.append("[QR ").append(qr.content()).append(']');
            } else {
                out.append("-".repeat(COLUMNS));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String centre(String text) {
        return " ".repeat(Math.max(0, (COLUMNS - text.length()) / 2)) + text;
    }

    static Builder builder() {
        return new Builder();
    }

    /** Adds blocks, wrapping text to {@link #COLUMNS}. */
    static final class Builder {

        private static final int LABEL_WIDTH = 8;
        private static final String SEPARATOR = ": ";

        private final List<Block> blocks = new ArrayList<>();

        Builder title(String text) {
            return text(text, Style.TITLE, true);
        }

        Builder centred(String text, Style style) {
            return text(text, style, true);
        }

        Builder line(String text) {
            return text(text, Style.NORMAL, false);
        }

        /** {@code Label   : value}, continuation lines indented under the value. */
        Builder field(String label, String value) {
            String indent = " ".repeat(LABEL_WIDTH + SEPARATOR.length());
            List<String> lines = wrap(value, COLUMNS - indent.length());
            for (int i = 0; i < lines.size(); i++) {
                String head = i == 0 ? pad(label) + SEPARATOR : indent;
                blocks.add(new Text(head + lines.get(i), Style.NORMAL, false));
            }
            return this;
        }

        /** {@code Label   :      Rp 12.500}, the amount right-aligned. */
        Builder amount(String label, String formattedAmount, Style style) {
            String head = pad(label) + ":";
            int room = COLUMNS - head.length();
            if (formattedAmount.length() + 1 > room) {
                return field(label, formattedAmount);
            }
            blocks.add(new Text(head + " ".repeat(room - formattedAmount.length()) + formattedAmount, style, false));
            return this;
        }

        Builder rule() {
            blocks.add(new Rule());
            return this;
        }

        Builder qr(String content) {
            blocks.add(new Qr(content));
            return this;
        }

        PrintLayout build() {
            return new PrintLayout(blocks);
        }

        private Builder text(String text, Style style, boolean centred) {
            for (String line : wrap(text, COLUMNS)) {
                blocks.add(new Text(line, style, centred));
            }
            return this;
        }

        private static String pad(String label) {
            return label.length() >= LABEL_WIDTH ? label : label + " ".repeat(LABEL_WIDTH - label.length());
        }
    }

    /** Wraps at spaces; a word longer than a line is cut. Always at least one (possibly empty) line. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
