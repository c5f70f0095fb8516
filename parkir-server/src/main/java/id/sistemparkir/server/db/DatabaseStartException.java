package id.sistemparkir.server.db;

/** The database could not be opened or migrated; the message says which database and why, never a password. */
public final class DatabaseStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
