package id.sistemparkir.client.lane;

import id.sistemparkir.client.i18n.Message;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a lane step that comes after the record is safe (server 201/202 or outbox file written): the cache of vehicles
 * inside, the ticket key file, the photo queue. Such a step may fail (disk full, a file locked on Windows) but must
 * never stop the car: the operator's retry would make a second session. A failure becomes a warning.
 */
final class AfterRecord {

    private static final Logger log = LoggerFactory.getLogger(AfterRecord.class);

    private AfterRecord() {}

    /** @return whether the step succeeded */
    static boolean step(String what, Runnable action, Function<String, Message> warning, List<Message> warnings) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            log.error("After the record was stored, {} failed: {}", what, e.toString());
            warnings.add(warning.apply(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return false;
        }
    }
}
