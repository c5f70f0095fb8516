package id.sistemparkir.desktop.common;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The look: AtlantaFX's Primer Light for the whole application, the project's own styles per scene. No inline styles. */
public final class Theme {

    private static final String CSS = Theme.class
            .getResource("/id/sistemparkir/desktop/common/parkir.css")
            .toExternalForm();

    private Theme() {}

    /** Once per process, on the FX thread. */
    public static void applyGlobally() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static Scene style(Scene scene) {
        scene.getStylesheets().add(CSS);
        return scene;
    }
}
