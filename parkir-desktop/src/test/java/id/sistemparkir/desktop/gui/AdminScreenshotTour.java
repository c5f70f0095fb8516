package id.sistemparkir.desktop.gui;

import static id.sistemparkir.desktop.gui.LaneWindows.UI;
import static id.sistemparkir.desktop.gui.LaneWindows.button;
import static id.sistemparkir.desktop.gui.LaneWindows.find;
import static id.sistemparkir.desktop.gui.LaneWindows.fx;
import static id.sistemparkir.desktop.gui.LaneWindows.fxRun;
import static id.sistemparkir.desktop.gui.LaneWindows.text;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.desktop.common.Theme;
import id.sistemparkir.server.testsupport.TestApi;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The user guide's SimpleParkingAdmin screenshots: the dashboard with traffic, the duplicates view, the tariff editor
 * after a preview, the money to check, gates and members, the stations with a revoke asked, the reports, and the first
 * page of a real PDF export rendered by PDFBox. Only runs when {@code parkir.screenshots} names the output folder.
 */
@EnabledIfSystemProperty(named = "parkir.screenshots", matches = ".+")
class AdminScreenshotTour {

    @TempDir
    Path dataRoot;

    @TempDir
    Path exports;

    private LaneWindows windows;
    private String token;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES) // a login, a cut and a return on a shared machine
    void tour() throws Exception {
        Path out = Path.of(System.getProperty("parkir.screenshots"));
        Files.createDirectories(out);
        FxToolkit.registerPrimaryStage();
        fxRun(Theme::applyGlobally);
        try (LaneWindows lanes = new LaneWindows(dataRoot)) {
            windows = lanes;
            token = lanes.server().api().adminToken();
            lanes.server().api().put("/api/v1/capacity", token, "{\"MOTOR\":200,\"MOBIL\":120,\"TRUK\":10}");
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String[] plates = {"B 1234 XYZ", "D 88 KL", "B 2500 ABC", "F 1717 QA", "B 9 RI", "L 404 NF"};
            for (int i = 0; i < plates.length; i++) {
                entry(
                        plates[i],
                        i % 3 == 0 ? VehicleType.MOTOR : VehicleType.MOBIL,
                        now.minus(Duration.ofMinutes(40L * i + 5)));
            }
            entry("B 5555 DUP", VehicleType.MOBIL, now.minus(Duration.ofMinutes(30)));
            entry("B 5555 DUP", VehicleType.MOBIL, now.minus(Duration.ofMinutes(29)));
            JsonNode paidLess = entry("B 3100 KUR", VehicleType.MOBIL, now.minus(Duration.ofMinutes(150)));
            exit(paidLess, now, 5000, 5000);
            JsonNode underpaid = entry("D 7 UG", VehicleType.MOTOR, now.minus(Duration.ofMinutes(200)));
            exit(underpaid, now, 3000, 1000);

            Stage admin = lanes.openAdmin(exports);
            await().atMost(UI)
                    .until(() -> !LaneWindows.label(admin, "#dash-entries").equals("-"));
            entry("B 8080 LIV", VehicleType.MOBIL, Instant.now().truncatedTo(ChronoUnit.SECONDS));
            await().atMost(UI)
                    .until(() ->
                            fx(() -> !((ListView<?>) find(admin, "#dash-feed").orElseThrow())
                                    .getItems()
                                    .isEmpty()));
            ScreenshotTour.shoot(admin, out.resolve("admin-dashboard.png"));

            select(admin, "duplicates");
            await().atMost(UI).until(() -> fx(() -> find(admin, "#dup-void-1").isPresent()));
            fxRun(() -> text(admin, "#dup-reason").setText("tombol tiket ditekan dua kali"));
            ScreenshotTour.shoot(admin, out.resolve("admin-duplicates.png"));

            select(admin, "tariffs");
            await().atMost(UI).until(() -> !fx(() ->
                            text(admin, "#tariff-MOBIL-firstHour").getText())
                    .isBlank());
            fxRun(() -> text(admin, "#tariff-MOBIL-firstHour").setText("6000"));
            fxRun(() -> button(admin, "#tariff-preview").fire());
            await().atMost(UI)
                    .until(() -> fx(() -> !((TableView<?>)
                                    find(admin, "#tariff-preview-table").orElseThrow())
                            .getItems()
                            .isEmpty()));
            ScreenshotTour.shoot(admin, out.resolve("admin-tariffs.png"));

            select(admin, "reviews");
            await().atMost(UI)
                    .until(() -> fx(
                            () -> !((TableView<?>) find(admin, "#reviews-table").orElseThrow())
                                    .getItems()
                                    .isEmpty()));
            ScreenshotTour.shoot(admin, out.resolve("admin-money-to-check.png"));

            lanes.server()
                    .api()
                    .post(
                            "/api/v1/gates",
                            token,
                            "{\"code\":\"IN2\",\"name\":\"Masuk basement\",\"direction\":\"IN\"}");
            lanes.server()
                    .api()
                    .post(
                            "/api/v1/members",
                            token,
                            "{\"cardNumber\":\"M-0001\",\"name\":\"Budi Santoso\",\"plate\":\"B 1234 XYZ\","
                                    + "\"vehicleType\":\"MOBIL\",\"validFrom\":\"2026-01-01T00:00:00+07:00\","
                                    + "\"validUntil\":\"2026-12-31T23:59:59+07:00\",\"discountPercent\":100}");
            select(admin, "gates");
            await().atMost(UI)
                    .until(() -> fx(
                            () -> !((TableView<?>) find(admin, "#members-table").orElseThrow())
                                    .getItems()
                                    .isEmpty()));
            ScreenshotTour.shoot(admin, out.resolve("admin-gates-members.png"));

            lanes.enrollEntryStation("IN2");
            select(admin, "stations");
            await().atMost(UI)
                    .until(() -> fx(() -> !((TableView<?>)
                                    find(admin, "#stations-table").orElseThrow())
                            .getItems()
                            .isEmpty()));
            fxRun(() -> ((TableView<?>) find(admin, "#stations-table").orElseThrow())
                    .getSelectionModel()
                    .select(0));
            fxRun(() -> text(admin, "#station-reason").setText("stasiun diganti unit baru"));
            fxRun(() -> button(admin, "#station-revoke").fire());
            ScreenshotTour.shoot(admin, out.resolve("admin-stations.png"));
            fxRun(() -> button(admin, "#station-revoke-cancel").fire());

            select(admin, "reports");
            await().atMost(UI)
                    .until(() -> LaneWindows.label(admin, "#report-message").startsWith("Laporan"));
            ScreenshotTour.shoot(admin, out.resolve("admin-reports.png"));
            fxRun(() -> button(admin, "#report-export-pdf").fire());
            await().atMost(UI)
                    .until(() -> LaneWindows.label(admin, "#report-message").startsWith("Disimpan ke"));
            try (Stream<Path> files = Files.list(exports)) {
                Path pdf = files.filter(f -> f.toString().endsWith(".pdf"))
                        .findFirst()
                        .orElseThrow();
                renderFirstPage(pdf, out.resolve("report-pdf-page.png"));
            }
        }
    }

    /** The first page of a real PDF export as the user guide shows it (PDFBox, grey scale keeps it small). */
    private static void renderFirstPage(Path pdf, Path png) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 80, ImageType.GRAY);
            ImageIO.write(page, "png", png.toFile());
        }
    }

    private JsonNode entry(String plate, VehicleType type, Instant at) {
        EntryRequest entry = new EntryRequest(UUID.randomUUID(), null, plate, type, "IN1", at, false, false);
        return TestApi.parse(windows.server().api().post("/api/v1/entries", token, TestApi.json(entry)));
    }

    private void exit(JsonNode entry, Instant at, long fee, long paid) {
        Map<String, Object> exit = new LinkedHashMap<>();
        exit.put("id", UUID.randomUUID());
        exit.put("ticketCode", entry.get("ticketCode").asText());
        exit.put("gate", "OUT1");
        exit.put("exitTime", at);
        exit.put("fee", fee);
        exit.put("paid", paid);
        exit.put("paymentMethod", "CASH");
        exit.put("lostTicket", false);
        exit.put("offline", false);
        windows.server().api().post("/api/v1/exits", token, TestApi.json(exit));
    }

    private static void select(Stage admin, String id) {
        fxRun(() -> {
            TabPane tabs = (TabPane) find(admin, "#admin-tabs").orElseThrow();
            tabs.getSelectionModel()
                    .select(tabs.getTabs().stream()
                            .filter(t -> ("tab-" + id).equals(t.getId()))
                            .findFirst()
                            .orElseThrow());
        });
    }
}
