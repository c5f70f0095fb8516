package id.sistemparkir.desktop.admin;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * Configuration controls work only while the indicator is green (seed: offline, configuration cannot be changed):
 * disabled otherwise; the reason is the window's offline banner (a disabled control shows no tooltip). Loaded data
 * stays on screen.
 */
public final class WriteGuard {

    private WriteGuard() {}

    /** Disables {@code node} while offline or while {@code alsoDisabled} holds. */
    public static void guard(Node node, AdminLive live, ObservableBooleanValue alsoDisabled) {
        node.disableProperty().bind(Bindings.or(live.onlineProperty().not(), alsoDisabled));
    }

    public static void guard(Node node, AdminLive live) {
        guard(node, live, new SimpleBooleanProperty(false));
    }
}
