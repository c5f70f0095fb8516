package id.sistemparkir.server.db;

/** The database could not be opened or migrated; the message says which database and why, never a password. */
public final class DatabaseStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean unreachable;

    public DatabaseStartException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /** @param unreachable the database did not answer (down, still starting, network): it may answer later */
    public DatabaseStartException(String message, Throwable cause, boolean unreachable) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /**
     * The database did not answer at all, so trying again later may succeed (it is still starting after a power cut);
     * false for a refused login, an unknown database or a failed migration, which waiting never fixes.
     */
    public boolean unreachable() {
        return unreachable;
    }
}
