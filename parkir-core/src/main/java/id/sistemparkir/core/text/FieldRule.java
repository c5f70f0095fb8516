package id.sistemparkir.core.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for each kind of text field, whatever the entrance (REST body or query parameter, WebSocket frame,
 * offline file). Each rule trims, normalises where the field has one stored form (codes in upper case, usernames in
 * lower case), bounds the length (below its database column) and allows a small set of characters: no control
 * characters, quotes, angle brackets or path separators in any code.
 *
 * <p>The error code a server answers is {@link #errorCode()}; the message never quotes more than an {@link Excerpt}.
 */
public enum FieldRule {
    /** A plate as typed or read (standard or not); {@code core.plate} parses it further. Column: 32. */
    PLATE("invalid_plate", 20, Pattern.compile("[A-Za-z0-9 .-]+"), Case.KEEP, "letters, digits, spaces, '-' or '.'"),
    /** A gate code, e.g. {@code IN1}. Column: 32. */
    GATE("invalid_gate", 16, Pattern.compile("[A-Z0-9-]+"), Case.UPPER, "letters, digits or '-'"),
    /** A station code, e.g. {@code POS-IN-1}. Column: 64. */
    STATION("invalid_station", 64, Pattern.compile("[A-Za-z0-9._-]+"), Case.KEEP, "letters, digits, '.', '_' or '-'"),
    /** The application a station runs, e.g. {@code ParkingIN}. Column: 32. */
    APP("invalid_app", 32, Pattern.compile("[A-Za-z0-9._ -]+"), Case.KEEP, "letters, digits, spaces, '.', '_' or '-'"),
    /**
     * A payment method's text, e.g. {@code CASH} or {@code E_MONEY}; which methods exist is the payment feature's
     * business, this rule only bounds the text. Column: 32.
     */
    PAYMENT_METHOD(
            "invalid_payment_method", 32, Pattern.compile("[A-Z][A-Z0-9_]+"), Case.UPPER, "letters, digits or '_'"),
    /** A username: case-insensitive, stored in lower case. Column: 64. */
    USERNAME(
            "invalid_username",
            64,
            Pattern.compile("[a-z0-9._-]{3,}"),
            Case.LOWER,
            "3 or more letters a-z, digits, '.', '_' or '-'"),
    /**
     * A person's or member's name: letters of any script, digits, spaces and {@code . , ' -}; no control characters
     * or markup. Column: 128.
     */
    NAME(
            "invalid_name",
            128,
            Pattern.compile("[\\p{L}\\p{M}\\p{N} .,'-]+"),
            Case.KEEP,
            "letters, digits, spaces and . , ' -"),
    /** A ticket code as scanned or typed (QR text or the short code); its signature is checked elsewhere. */
    TICKET_CODE("invalid_ticket", 256, Pattern.compile("[A-Za-z0-9 -]+"), Case.KEEP, "letters, digits, spaces or '-'"),
    /**
     * A reason a person gives in words, e.g. why a record was set aside: any printable text on one line, no control
     * or format characters (no bidi tricks) and no angle brackets (no markup). Column: 1000 (sync log message).
     */
    REASON(
            "invalid_reason",
            500,
            Pattern.compile("[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}<>]+"),
            Case.KEEP,
            "text on one line without control characters or '<' '>'");

    private enum Case {
        KEEP,
        UPPER,
        LOWER
    }

    private final String errorCode;
    private final int maxLength;
    private final Pattern allowed;
    private final Case folding;
    private final String allowedWords;

    FieldRule(String errorCode, int maxLength, Pattern allowed, Case folding, String allowedWords) {
        this.errorCode = errorCode;
        this.maxLength = maxLength;
        this.allowed = allowed;
        this.folding = folding;
        this.allowedWords = allowedWords;
    }

    /** The {@code error} code of the 400 a server answers for this rule, e.g. {@code invalid_gate}. */
    public String errorCode() {
        return errorCode;
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * The stored form of a required field.
     *
     * @param field the field's name in the request, for the message
     * @throws InvalidFieldException when it is missing, blank, too long or has a character the rule does not allow
     */
    public String require(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidFieldException(this, field, field + " is required.");
        }
        return check(raw, field);
    }

    /** The stored form of an optional field, {@code null} when it is absent or blank. */
    public String optional(String raw, String field) {
        return raw == null || raw.isBlank() ? null : check(raw, field);
    }

    /** Whether {@link #require} would accept the text; never throws. */
    public boolean accepts(String raw) {
        try {
            require(raw, "value");
            return true;
        } catch (InvalidFieldException e) {
            return false;
        }
    }

    /**
     * The nearest text this rule accepts, for a sender whose text came from elsewhere (e.g. a server's refusal kept in
     * a file): each character the rule does not allow becomes a space, and the text is cut to the length. Empty when
     * nothing is left.
     */
    public Optional<String> fit(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder kept = new StringBuilder();
        raw.codePoints().forEach(c -> {
            String one = Character.toString(c);
            kept.append(allowed.matcher(one).matches() ? one : " ");
        });
        String value = fold(kept.toString().replaceAll(" {2,}", " ").strip());
        if (value.length() > maxLength) {
            value = value.substring(0, maxLength).strip();
        }
        return accepts(value) ? Optional.of(value) : Optional.empty();
    }

    private String check(String raw, String field) {
        // Length first, on the raw text: a 100 KB value is refused before any regex runs over it.
        if (raw.length() > maxLength + 64) {
            throw tooLong(field, raw);
        }
        String value = fold(raw.strip());
        if (value.length() > maxLength) {
            throw tooLong(field, raw);
        }
        if (!allowed.matcher(value).matches()) {
            throw new InvalidFieldException(
                    this,
                    field,
                    field + " " + Excerpt.of(raw) + " is not valid: use " + allowedWords + " (at most " + maxLength
                            + ").");
        }
        return value;
    }

    private InvalidFieldException tooLong(String field, String raw) {
        return new InvalidFieldException(
                this, field, field + " has " + raw.length() + " characters, at most " + maxLength + " are allowed.");
    }

    private String fold(String value) {
        return switch (folding) {
            case KEEP -> value;
            case UPPER -> value.toUpperCase(Locale.ROOT);
            case LOWER -> value.toLowerCase(Locale.ROOT);
        };
    }
}
