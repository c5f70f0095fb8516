package id.sistemparkir.app.cli;

import id.sistemparkir.client.ConnectResult;
import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Words for the command line, in one language: the {@code parkir} command's own bundle ({@code i18n/cli}) over the
 * client library's ({@code i18n/client}, shared with the windows). The language is {@code --lang}, else
 * {@code PARKIR_LANG}, else Indonesian. One process runs one command, so the command picks the language once, before
 * it prints anything; until then it is the environment's.
 */
final class LaneText {

    private static volatile Messages messages = fromEnvironment();

    private LaneText() {}

    static Messages load(Language language) {
        return Messages.load(language, "i18n/cli", "i18n/client");
    }

    private static Messages fromEnvironment() {
        try {
            return load(Language.resolve(null, System.getenv()));
        } catch (IllegalArgumentException e) { // a bad PARKIR_LANG is reported by the command that reads it
            return load(Language.ID);
        }
    }

    /** Called by a command once its {@code --lang} is known. */
    static void use(String langFlag, Map<String, String> env) {
        messages = load(Language.resolve(langFlag, env));
    }

    static String of(Message message) {
        return messages.text(message);
    }

    static String text(String key, Object... args) {
        return messages.text(key, args);
    }

    static String lines(List<Message> messages) {
        return messages.stream().map(LaneText::of).collect(Collectors.joining("\n"));
    }

    /** A refused login stops a command (it would otherwise store every record offline); unreachable goes on. */
    static void requireNotRefused(ConnectResult result) {
        if (result instanceof ConnectResult.Refused refused) {
            throw new IllegalArgumentException(of(refused.text()));
        }
    }
}
