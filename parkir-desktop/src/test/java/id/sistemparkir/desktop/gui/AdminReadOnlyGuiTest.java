package id.sistemparkir.desktop.gui;

import static id.sistemparkir.desktop.gui.LaneWindows.UI;
import static id.sistemparkir.desktop.gui.LaneWindows.button;
import static id.sistemparkir.desktop.gui.LaneWindows.find;
import static id.sistemparkir.desktop.gui.LaneWindows.fx;
import static id.sistemparkir.desktop.gui.LaneWindows.fxRun;
import static id.sistemparkir.desktop.gui.LaneWindows.label;
import static id.sistemparkir.desktop.gui.LaneWindows.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sistemparkir.desktop.common.Theme;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.testing.MariaDbAvailability;
import id.sistemparkir.testing.MariaDbTestDatabase;
import id.sistemparkir.testing.TcpProxy;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The panel turns read-only when the database drops and back when it returns: MariaDB (the production database)
 * behind a TCP proxy that the test cuts; the server itself stays up.
 */
@ExtendWith(MariaDbAvailability.class)
class AdminReadOnlyGuiTest {

    @TempDir
    Path dataRoot;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES) // a login, a cut and a return on a shared machine
    void configurationIsDisabledWhileTheDatabaseIsDownAndLoadedDataStaysVisible() throws Exception {
        FxToolkit.registerPrimaryStage();
        fxRun(Theme::applyGlobally);
        MariaDbTestDatabase schema = MariaDbTestDatabase.create();
        MariaDbTestDatabase.Server mariaDb = MariaDbTestDatabase.server();
        TcpProxy databaseProxy = TcpProxy.start(mariaDb.host(), mariaDb.port());
        AutoCloseable database = () -> {
            databaseProxy.close();
            schema.close();
        };
        try (LaneWindows windows = new LaneWindows(
                dataRoot, TestDatabases.mariaDbConfig(schema, databaseProxy.host(), databaseProxy.port()), database)) {
            Stage admin = windows.openAdmin();
            fxRun(() -> {
                TabPane tabs = (TabPane) find(admin, "#admin-tabs").orElseThrow();
                tabs.getSelectionModel()
                        .select(tabs.getTabs().stream()
                                .filter(t -> "tab-tariffs".equals(t.getId()))
                                .findFirst()
                                .orElseThrow());
            });
            await().atMost(UI).until(() -> !fx(() ->
                            text(admin, "#tariff-MOBIL-firstHour").getText())
                    .isBlank());
            String loaded = label(admin, "#tariff-current");
            assertThat(fx(() -> button(admin, "#tariff-preview").isDisabled())).isFalse();
            assertThat(fx(() ->
                            find(admin, "#admin-offline-banner").orElseThrow().isVisible()))
                    .isFalse();

            databaseProxy.cut();

            await().atMost(UI).until(() -> windows.indicator(admin).equals("Database Terputus"));
            assertThat(fx(() -> button(admin, "#tariff-preview").isDisabled())).isTrue();
            assertThat(fx(() -> text(admin, "#tariff-MOBIL-firstHour").isDisabled()))
                    .isTrue();
            assertThat(fx(() ->
                            find(admin, "#admin-offline-banner").orElseThrow().isVisible()))
                    .isTrue();
            assertThat(label(admin, "#admin-offline-text")).contains("pengaturan dan perubahan dinonaktifkan");
            assertThat(label(admin, "#tariff-current")).as("loaded data stays").isEqualTo(loaded);
            assertThat(fx(() -> text(admin, "#tariff-MOBIL-firstHour").getText()))
                    .isNotBlank();
            assertThat(label(admin, "#dash-entries")).isNotEqualTo("-");

            databaseProxy.restore();

            await().atMost(UI).until(() -> windows.indicator(admin).equals("Database Terhubung"));
            await().atMost(UI)
                    .until(() -> fx(() -> !button(admin, "#tariff-preview").isDisabled()));
            assertThat(fx(() -> text(admin, "#tariff-MOBIL-firstHour").isDisabled()))
                    .isFalse();
            assertThat(fx(() ->
                            find(admin, "#admin-offline-banner").orElseThrow().isVisible()))
                    .isFalse();
        }
    }
}
