package id.sistemparkir.app.cli;

import id.sistemparkir.client.ConnectResult;
import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.i18n.Messages;
import java.util.List;
import java.util.stream.Collectors;

/** Words the client library's messages for the lane commands, in the language of {@code PARKIR_LANG}. */
final class LaneText {

    private static final Messages MESSAGES = Messages.client(Language.resolve(null, System.getenv()));

    private LaneText() {}

    static String of(Message message) {
        return MESSAGES.text(message);
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
