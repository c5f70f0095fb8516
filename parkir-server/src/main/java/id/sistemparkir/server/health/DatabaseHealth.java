package id.sistemparkir.server.health;

import java.util.function.Consumer;

/** The database's state as the server last probed it; never blocks. */
public interface DatabaseHealth {

    boolean databaseUp();

    /** Called (on a background thread) whenever the state flips, with the new state. */
    void addListener(Consumer<Boolean> listener);
}
