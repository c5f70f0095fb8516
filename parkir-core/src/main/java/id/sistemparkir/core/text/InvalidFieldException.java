package id.sistemparkir.core.text;

/**
 * A text field broke its {@link FieldRule}. The message names the field and the rule and quotes at most an {@link
 * Excerpt} of the value, so it can go into an HTTP answer, a log line or a {@code .reason} file as it is.
 */
public final class InvalidFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient FieldRule rule;
    private final String field;

    InvalidFieldException(FieldRule rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public FieldRule rule() {
        return rule;
    }

    /** The name of the field as the request spells it, e.g. {@code gate} or {@code station}. */
    public String field() {
        return field;
    }
}
