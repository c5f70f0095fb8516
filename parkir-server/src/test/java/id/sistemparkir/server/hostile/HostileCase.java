package id.sistemparkir.server.hostile;

/**
 * One row of the hostile-input table: what is sent, and the refusal expected (status and error code).
 *
 * @param category the row's group in docs/reliability.md
 * @param status the HTTP status, or {@link Answer#FRAME} for a WebSocket error frame, or a WebSocket close code
 */
record HostileCase(String category, String name, Action action, int status, String error) {

    /** Sends the case to the server. */
    interface Action {
        Answer run(Target target) throws Exception;
    }

    @Override
    public String toString() {
        return category + ": " + name;
    }
}
