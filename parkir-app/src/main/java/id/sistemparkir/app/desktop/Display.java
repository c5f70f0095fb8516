package id.sistemparkir.app.desktop;

import java.util.Locale;
import java.util.Map;

/** Whether windows can be shown here: on Linux and other Unixes a display must be named; Windows and macOS have one. */
public final class Display {

    private Display() {}

    public static boolean available(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
