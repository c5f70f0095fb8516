package id.sistemparkir.client.i18n;

import java.util.List;
import java.util.Objects;

/**
 * Something to tell a person, as a code with parameters rather than a sentence, so that the library stays
 * language-neutral and each front end (window, command line, log) words it in the chosen language through
 * {@link Messages}. Arguments are plain values (strings, numbers); format money and times before passing them.
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
