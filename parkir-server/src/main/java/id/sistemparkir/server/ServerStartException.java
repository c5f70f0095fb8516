package id.sistemparkir.server;

import id.sistemparkir.server.db.DatabaseStartException;

/** The server cannot start (port taken, database unreachable); the message is meant for the person who started it. */
public final class ServerStartException extends RuntimeException {

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Only the database's silence: the same start may succeed once it answers (nothing was left behind). */
    public boolean databaseUnreachable() {
        return getCause() instanceof DatabaseStartException database && database.unreachable();
    }
}
