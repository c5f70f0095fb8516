package id.sistemparkir.core.text;

/**
 * A short, printable excerpt of untrusted text for an error message or a log line: at most {@value #MAX_CODE_POINTS}
 * code points, control and format characters (NUL, ESC, bidi overrides, ...) shown as {@code ?}, and the full length
 * said when it was cut. An answer or a {@code .reason} file never carries more of what a client sent than this.
 */
public final class Excerpt {

    public static final int MAX_CODE_POINTS = 24;

    private Excerpt() {}

    /** {@code 'abc'}, {@code 'aaaaaaaaaaaaaaaaaaaaaaaa…' (100000 characters)}, or {@code (none)} for null. */
    public static String of(String text) {
        if (text == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder("'");
        int count = 0;
        int index = 0;
        while (index < text.length() && count < MAX_CODE_POINTS) {
            int codePoint = text.codePointAt(index);
            out.appendCodePoint(printable(codePoint) ? codePoint : '?');
            index += Character.charCount(codePoint);
            count++;
        }
        if (index < text.length()) {
            return out.append("…' (")
                    .append(text.length())
                    .append(" characters)")
                    .toString();
        }
        return out.append('\'').toString();
    }

    /** Text of a message, cut to {@code max} characters with control characters replaced: a last line of defence. */
    public static String bound(String message, int max) {
        if (message == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(message.length(), max + 1));
        for (int index = 0; index < message.length() && out.length() < max; ) {
            int codePoint = message.codePointAt(index);
            out.appendCodePoint(printable(codePoint) ? codePoint : '?');
            index += Character.charCount(codePoint);
        }
        return out.length() < message.length() ? out.append('…').toString() : out.toString();
    }

    static boolean printable(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL
                && type != Character.FORMAT
                && type != Character.SURROGATE
                && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED
                && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR;
    }
}
