package id.sistemparkir.desktop.gui;

import static id.sistemparkir.desktop.gui.LaneWindows.UI;
import static id.sistemparkir.desktop.gui.LaneWindows.button;
import static id.sistemparkir.desktop.gui.LaneWindows.dialogOf;
import static id.sistemparkir.desktop.gui.LaneWindows.fx;
import static id.sistemparkir.desktop.gui.LaneWindows.fxRun;
import static id.sistemparkir.desktop.gui.LaneWindows.label;
import static id.sistemparkir.desktop.gui.LaneWindows.text;
import static id.sistemparkir.desktop.gui.LaneWindows.windowWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.desktop.common.Theme;
import id.sistemparkir.desktop.gatein.GateInView;
import id.sistemparkir.desktop.gatein.ParkingInApp;
import id.sistemparkir.desktop.gateout.GateOutView;
import id.sistemparkir.desktop.gateout.ParkingOutApp;
import id.sistemparkir.desktop.menu.MainMenuApp;
import id.sistemparkir.desktop.shift.ShiftCloseDialog;
import id.sistemparkir.desktop.sync.SyncDialogs;
import id.sistemparkir.server.testsupport.TestApi;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.ActionEvent;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Makes the user guide's screenshots (docs/images/make-screenshots.sh runs it under Xvfb with real windows): the main
 * menu with its server, ParkingIN and ParkingOut online and offline, the three sync dialogs, the shift report. Only
 * runs when {@code parkir.screenshots} names the output folder.
 */
@EnabledIfSystemProperty(named = "parkir.screenshots", matches = ".+")
class ScreenshotTour {

    @TempDir
    Path dataRoot;

    private Path out;

    @Test
    void tour() throws Exception {
        out = Path.of(System.getProperty("parkir.screenshots"));
        Files.createDirectories(out);
        FxToolkit.registerPrimaryStage();
        fxRun(Theme::applyGlobally);
        try (LaneWindows lanes = new LaneWindows(dataRoot)) {
            menu(lanes);
            Stage in = lanes.open(ParkingInApp.app(), "IN1");
            Stage parkingOut = lanes.open(ParkingOutApp.app(), "OUT1");
            fxRun(() -> {
                place(in);
                place(parkingOut);
            });
            String token = lanes.server().api().adminToken();
            for (String plate : List.of("B 1234 XYZ", "D 88 KL")) {
                enter(in, plate);
            }
            String ticket = entryElsewhere(lanes, token, "B 2500 ABC", Duration.ofMinutes(150));
            shoot(in, "parkingin.png");
            scan(parkingOut, ticket);
            await().atMost(UI).until(() -> label(parkingOut, "#fee-total").equals("Rp 11.000"));
            fxRun(() -> text(parkingOut, "#cash-received").setText("20.000"));
            Thread.sleep(1500); // the photos arrive from the camera and the server
            shoot(parkingOut, "parkingout.png");
            fxRun(() -> button(parkingOut, "#pay").fire());
            await().atMost(UI).until(() -> !label(parkingOut, "#exit-result").isBlank());

            // Offline: the server goes away; both lanes keep working.
            String offlineTicket = entryElsewhere(lanes, token, "B 6060 OFF", Duration.ofMinutes(95));
            Thread.sleep(2000); // ParkingOut hears of it through the realtime stream (its cache)
            lanes.proxy().cut();
            await().atMost(UI).until(() -> lanes.indicator(in).equals("Database Terputus"));
            for (int i = 1; i <= 12; i++) {
                enter(in, "B " + (100 + i) + " OFL");
            }
            shoot(in, "parkingin-offline.png");
            scan(parkingOut, offlineTicket);
            await().atMost(UI).until(() -> !label(parkingOut, "#fee-total").equals("Rp 0"));
            fxRun(() -> text(parkingOut, "#cash-received").setText("10.000"));
            shoot(parkingOut, "parkingout-offline.png");
            fxRun(() -> button(parkingOut, "#pay").fire());
            await().atMost(UI).until(() -> !label(parkingOut, "#exit-result").isBlank());

            lanes.proxy().restore();
            // ParkingOut asks too (its one offline exit): sent first, then ParkingIN's twelve entries.
            await().atMost(UI)
                    .until(() -> dialogOf(parkingOut, SyncDialogs.PROMPT_ID).isPresent());
            Window outPrompt = dialogOf(parkingOut, SyncDialogs.PROMPT_ID).orElseThrow();
            fxRun(() -> button(outPrompt, "#sync-now").fire());
            await().atMost(UI)
                    .until(() -> dialogOf(parkingOut, SyncDialogs.SUMMARY_ID).isPresent());
            Window outSummary = dialogOf(parkingOut, SyncDialogs.SUMMARY_ID).orElseThrow();
            fxRun(() -> button(outSummary, "#sync-summary-close").fire());
            await().atMost(UI).until(() -> dialogOf(in, SyncDialogs.PROMPT_ID).isPresent());
            Window prompt = dialogOf(in, SyncDialogs.PROMPT_ID).orElseThrow();
            Thread.sleep(500);
            shoot(prompt, "sync-prompt.png");
            fxRun(() -> button(prompt, "#sync-now").fire());
            // The server stalls halfway (a slow link): the progress shows, then two records fail and the run stops.
            await().atMost(UI).until(() -> dialogOf(in, SyncDialogs.PROGRESS_ID).isPresent());
            await().atMost(UI).until(() -> label(in, "#offline-banner-text").matches(".*\\b([0-9]|10) data.*"));
            lanes.proxy().stall();
            Thread.sleep(500);
            Window progress = dialogOf(in, SyncDialogs.PROGRESS_ID).orElseThrow();
            shoot(progress, "sync-progress.png");
            await().atMost(UI).until(() -> dialogOf(in, SyncDialogs.SUMMARY_ID).isPresent());
            lanes.proxy().restore();
            Window summary = dialogOf(in, SyncDialogs.SUMMARY_ID).orElseThrow();
            Thread.sleep(500);
            shoot(summary, "sync-summary.png");
            fxRun(() -> button(summary, "#sync-summary-close").fire());
            // The rest goes with "Sinkronisasi Data" (F9).
            fxRun(() -> in.getScene()
                    .getAccelerators()
                    .get(KeyCombination.keyCombination("F9"))
                    .run());
            await().atMost(UI).until(() -> dialogOf(in, "sync-data-dialog").isPresent());
            Window syncData = dialogOf(in, "sync-data-dialog").orElseThrow();
            Thread.sleep(500);
            shoot(syncData, "sync-data.png");
            fxRun(() -> button(syncData, "#sync-data-now").fire());
            await().atMost(UI).until(() -> dialogOf(in, SyncDialogs.SUMMARY_ID).isPresent());
            Window done = dialogOf(in, SyncDialogs.SUMMARY_ID).orElseThrow();
            fxRun(() -> button(done, "#sync-summary-close").fire());

            fxRun(() -> parkingOut
                    .getScene()
                    .getAccelerators()
                    .get(KeyCombination.keyCombination("F10"))
                    .run());
            await().atMost(UI).until(() -> windowWith(ShiftCloseDialog.ID).isPresent());
            Window shift = windowWith(ShiftCloseDialog.ID).orElseThrow();
            await().atMost(UI).until(() -> label(shift, "#shift-expected").startsWith("Uang tunai seharusnya"));
            fxRun(() -> text(shift, "#shift-counted").setText("15.000"));
            fxRun(() -> text(shift, "#shift-note").setText("uang receh kurang"));
            fxRun(() -> button(shift, "#shift-close-button").fire());
            await().atMost(UI).until(() -> label(shift, "#shift-report").contains("selisih"));
            shoot(shift, "shift-report.png");
        }
    }

    private void menu(LaneWindows lanes) throws Exception {
        TestServerControl server = TestServerControl.embedded(dataRoot.resolve("server"), 0, "Qh7Rk2Vd9Wm4Xp6Ty3Zs");
        Stage stage = fx(() -> {
            Stage s = new Stage();
            MainMenuApp.open(s, lanes.options("IN1"), server, MainMenuApp.standardEntries(lanes.options("IN1")));
            return s;
        });
        fxRun(() -> button(stage, "#menu-server").fire());
        await().atMost(UI).until(() -> label(stage, "#server-status").equals("Berjalan"));
        shoot(stage, "menu.png");
        fxRun(stage::close);
        await().atMost(UI).until(() -> !server.running());
    }

    private static void enter(Stage in, String plate) {
        String before = label(in, "#ticket-code");
        fxRun(() -> text(in, "#" + GateInView.PLATE_ID).setText(plate));
        fxRun(() -> button(in, "#class-MOBIL").fire());
        await().atMost(UI).until(() -> !label(in, "#ticket-code").equals(before));
    }

    private static void scan(Stage parkingOut, String code) {
        fxRun(() -> {
            TextField field = (TextField) text(parkingOut, "#" + GateOutView.TICKET_ID);
            field.setText(code);
            field.getOnAction().handle(new ActionEvent());
        });
    }

    private static String entryElsewhere(LaneWindows lanes, String token, String plate, Duration ago) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(ago);
        EntryRequest entry =
                new EntryRequest(UUID.randomUUID(), null, plate, VehicleType.MOBIL, "IN2", at, false, false);
        JsonNode stored = TestApi.parse(lanes.server().api().post("/api/v1/entries", token, TestApi.json(entry)));
        assertThat(stored.get("ticketCode")).isNotNull();
        return stored.get("ticketCode").asText();
    }

    private static void place(Stage stage) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    /**
     * The window as the screen shows it: {@code import -window root} cropped to the window under Xvfb, the scene's own
     * snapshot where there is no X display.
     */
    private void shoot(Window window, String name) {
        shoot(window, out.resolve(name));
    }

    /** The same into {@code target} (the admin tour shares it). */
    static void shoot(Window window, Path target) {
        File file = target.toFile();
        try {
            fxRun(() -> {
                if (window instanceof Stage stage) {
                    stage.toFront();
                    if (stage.getX() != 0 || stage.getY() != 0) {
                        stage.setX(0);
                        stage.setY(0);
                    }
                }
            });
            Thread.sleep(1200);
            if (System.getenv("DISPLAY") != null) {
                int w = fx(() -> (int) window.getWidth());
                int h = fx(() -> (int) window.getHeight());
                Process shot = new ProcessBuilder(
                                "import", "-window", "root", "-crop", w + "x" + h + "+0+0", "+repage", file.toString())
                        .redirectErrorStream(true)
                        .start();
                if (shot.waitFor(30, TimeUnit.SECONDS) && shot.exitValue() == 0) {
                    return;
                }
            }
            WritableImage image = fx(() -> window.getScene().snapshot(null));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
