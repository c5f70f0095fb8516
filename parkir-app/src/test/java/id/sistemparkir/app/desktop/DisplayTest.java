package id.sistemparkir.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayTest {

    @Test
    void aUnixNeedsANamedDisplayWindowsAndMacHaveOne() {
        assertThat(Display.available(Map.of(), "Linux")).isFalse();
        assertThat(Display.available(Map.of("DISPLAY", " "), "Linux")).isFalse();
        assertThat(Display.available(Map.of("DISPLAY", ":0"), "Linux")).isTrue();
        assertThat(Display.available(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux"))
                .isTrue();
        assertThat(Display.available(Map.of(), "Windows 11")).isTrue();
        assertThat(Display.available(Map.of(), "Mac OS X")).isTrue();
    }
}
