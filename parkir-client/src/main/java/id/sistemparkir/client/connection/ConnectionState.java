package id.sistemparkir.client.connection;

/**
 * The connection indicator's three states (DESIGN §8), with the Indonesian label the seed application showed. The
 * desktop translates through its resource bundles; {@link #label()} is the default text.
 *
 * <pre>
 * CHECKING ──▶ CONNECTED ◀──▶ DISCONNECTED
 *     └───────────────────────────▲
 * </pre>
 *
 * CHECKING is only the state before the first answer: once known, the state never goes back to "unknown".
 */
public enum ConnectionState {
    /** Grey: no answer yet. */
    CHECKING("Memeriksa Koneksi"),
    /** Green: the server answered AND reported its database UP. */
    CONNECTED("Database Terhubung"),
    /** Red: no server, no database, or the realtime socket dropped. */
    DISCONNECTED("Database Terputus");

    private final String label;

    ConnectionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this state may move to {@code target} (staying is not a move). */
    public boolean canMoveTo(ConnectionState target) {
        return target != this && target != CHECKING;
    }
}
