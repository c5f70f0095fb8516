package id.sistemparkir.desktop.lane;

import id.sistemparkir.desktop.common.Theme;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts JavaFX without an {@code Application} subclass (a classpath fat jar's main class must not be one) and blocks
 * until the first window is closed, so a command's main thread can return its exit code afterwards.
 */
public final class DesktopLauncher {

    private DesktopLauncher() {}

    /** @param show fills and shows the first window, on the FX thread */
    public static void runUntilClosed(Consumer<Stage> show) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Theme.applyGlobally();
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            try {
                show.accept(stage);
            } catch (RuntimeException e) {
                closed.countDown();
                throw e;
            }
            // The window's own hidden handler (set by show) must not lose ours.
            var own = stage.getOnHidden();
            stage.setOnHidden(e -> {
                if (own != null) {
                    own.handle(e);
                }
                closed.countDown();
            });
        });
        closed.await();
        Platform.exit();
    }
}
