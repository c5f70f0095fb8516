package id.sistemparkir.server;

/** The server cannot start (port taken, database unreachable); the message is meant for the person who started it. */
public final class ServerStartException extends RuntimeException {

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
