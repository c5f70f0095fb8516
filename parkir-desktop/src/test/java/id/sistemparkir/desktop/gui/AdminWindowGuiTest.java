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

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.desktop.common.Theme;
import id.sistemparkir.server.testsupport.TestApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * SimpleParkingAdmin in a real window (headless Monocle) against a real embedded server: the dashboard follows a lane
 * entry in realtime, a duplicate is voided from the duplicates view, a tariff version saved in the editor prices the
 * next quote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminWindowGuiTest {

    @TempDir
    static Path dataRoot;

    @TempDir
    static Path exports;

    private LaneWindows windows;
    private Stage admin;
    private String token;

    @BeforeAll
    void openWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        fxRun(Theme::applyGlobally);
        windows = new LaneWindows(dataRoot);
        admin = windows.openAdmin(exports);
        token = windows.server().api().adminToken();
    }

    @AfterAll
    void closeWindow() {
        if (windows != null) {
            windows.close();
        }
    }

    /** An entry made at a lane, straight through the API; returns the stored entry. */
    private JsonNode laneEntry(String plate, Instant at) {
        EntryRequest entry =
                new EntryRequest(UUID.randomUUID(), null, plate, VehicleType.MOBIL, "IN1", at, false, false);
        return TestApi.parse(windows.server().api().post("/api/v1/entries", token, TestApi.json(entry)));
    }

    private JsonNode get(String path) {
        return TestApi.parse(windows.server().api().get(path, token));
    }

    private void selectTab(String id) {
        fxRun(() -> {
            TabPane tabs = (TabPane) find(admin, "#admin-tabs").orElseThrow();
            tabs.getSelectionModel()
                    .select(tabs.getTabs().stream()
                            .filter(t -> ("tab-" + id).equals(t.getId()))
                            .findFirst()
                            .orElseThrow());
        });
    }

    @Test
    @Order(1)
    void theDashboardFollowsALaneEntryInRealtime() {
        await().atMost(UI).until(() -> !label(admin, "#dash-entries").equals("-"));
        long before = Long.parseLong(label(admin, "#dash-entries"));

        laneEntry("B 4321 ADM", Instant.now().truncatedTo(ChronoUnit.SECONDS));

        await().atMost(UI).until(() -> label(admin, "#dash-entries").equals(String.valueOf(before + 1)));
        await().atMost(UI)
                .until(() -> fx(() -> ((ListView<?>) find(admin, "#dash-feed").orElseThrow())
                        .getItems().stream().anyMatch(line -> line.toString().contains("B 4321 ADM"))));
        assertThat(label(admin, "#dash-server")).contains("UP");
    }

    @Test
    @Order(2)
    void aSuspectedDuplicateIsVoidedFromTheDuplicatesView() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String first = laneEntry("B 5555 DUP", now.minusSeconds(120)).get("id").asText();
        JsonNode second = laneEntry("B 5555 DUP", now.minusSeconds(60));
        assertThat(second.get("suspectedDuplicate").asBoolean()).isTrue();

        selectTab("duplicates");
        await().atMost(UI)
                .until(() -> fx(() -> ((ListView<?>) find(admin, "#dup-groups").orElseThrow())
                        .getItems().stream().anyMatch(group -> group.toString().contains("B5555DUP"))));
        fxRun(() -> {
            @SuppressWarnings("unchecked")
            ListView<JsonNode> groups =
                    (ListView<JsonNode>) find(admin, "#dup-groups").orElseThrow();
            groups.getSelectionModel()
                    .select(groups.getItems().stream()
                            .filter(g -> g.toString().contains("B5555DUP"))
                            .findFirst()
                            .orElseThrow());
        });
        await().atMost(UI).until(() -> fx(() -> find(admin, "#dup-void-1").isPresent()));
        fxRun(() -> text(admin, "#dup-reason").setText("tombol tiket ditekan dua kali"));
        fxRun(() -> button(admin, "#dup-void-1").fire());

        await().atMost(UI).until(() -> label(admin, "#dup-message").startsWith("Sesi"));
        List<String> statuses = List.of(first, second.get("id").asText()).stream()
                .map(id -> get("/api/v1/sessions/" + id)
                        .path("session")
                        .path("status")
                        .asText())
                .sorted()
                .toList();
        assertThat(statuses).containsExactly("ACTIVE", "VOID");
        await().atMost(UI)
                .until(() -> fx(() -> ((ListView<?>) find(admin, "#dup-groups").orElseThrow())
                        .getItems().stream().noneMatch(group -> group.toString().contains("B5555DUP"))));
        JsonNode audit = get("/api/v1/audit-log?actor=admin");
        assertThat(audit.path("items").toString()).contains("tombol tiket ditekan dua kali");
    }

    @Test
    @Order(3)
    void aTariffVersionSavedInTheEditorPricesTheNextQuote() {
        selectTab("tariffs");
        await().atMost(UI)
                .until(() -> !fx(() -> text(admin, "#tariff-MOBIL-firstHour").getText())
                        .isBlank());
        assertThat(fx(() -> button(admin, "#tariff-save").isDisabled()))
                .as("saving needs a preview first")
                .isTrue();
        fxRun(() -> text(admin, "#tariff-MOBIL-firstHour").setText("7300"));
        fxRun(() -> button(admin, "#tariff-preview").fire());
        await().atMost(UI)
                .until(() -> fx(() -> !((TableView<?>)
                                find(admin, "#tariff-preview-table").orElseThrow())
                        .getItems()
                        .isEmpty()));
        JsonNode oneHourMobil =
                fx(() -> ((TableView<?>) find(admin, "#tariff-preview-table").orElseThrow())
                        .getItems().stream()
                                .map(JsonNode.class::cast)
                                .filter(row -> row.path("vehicleType").asText().equals("MOBIL")
                                        && row.path("minutes").asInt() == 11
                                        && !row.path("lostTicket").asBoolean())
                                .findFirst()
                                .orElseThrow());
        assertThat(oneHourMobil.path("proposedFee").asLong()).isEqualTo(7300);

        await().atMost(UI).until(() -> fx(() -> !button(admin, "#tariff-save").isDisabled()));
        fxRun(() -> button(admin, "#tariff-save").fire());
        await().atMost(UI).until(() -> label(admin, "#tariff-message").startsWith("Tarif versi"));

        JsonNode versions = get("/api/v1/tariffs");
        JsonNode newest = versions.get(versions.size() - 1);
        assertThat(newest.path("rates").path("MOBIL").path("firstHour").asLong())
                .isEqualTo(7300);
        Instant inForce = Instant.parse(newest.path("effectiveFrom").asText());
        await().atMost(UI)
                .until(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(inForce));
        Instant entryTime = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String ticket = laneEntry("B 7300 TRF", entryTime).get("ticketCode").asText();
        JsonNode quote = get("/api/v1/fees/quote?ticketCode=" + ticket + "&exitTime=" + entryTime.plusSeconds(30 * 60));
        assertThat(quote.path("fee").asLong()).isEqualTo(7300);
        assertThat(quote.path("tariffVersion").asInt())
                .isEqualTo(newest.path("version").asInt());
    }

    @Test
    @Order(4)
    void theSessionsSearchFindsAPlateAndTheReportCountsTheDay() {
        selectTab("sessions");
        fxRun(() -> text(admin, "#sessions-plate").setText("B 4321 ADM"));
        fxRun(() -> button(admin, "#sessions-search").fire());
        await().atMost(UI).until(() -> label(admin, "#sessions-message").startsWith("1 baris"));
        assertThat(fx(() -> ((TableView<?>) find(admin, "#sessions-table").orElseThrow())
                        .getItems()
                        .toString()))
                .contains("B 4321 ADM");

        selectTab("reports");
        await().atMost(UI).until(() -> label(admin, "#report-message").startsWith("Laporan"));
        JsonNode entries =
                fx(() -> ((TableView<?>) find(admin, "#report-totals").orElseThrow())
                        .getItems().stream()
                                .map(JsonNode.class::cast)
                                .filter(row -> row.path("name").asText().equals("entries"))
                                .findFirst()
                                .orElseThrow());
        String today = java.time.LocalDate.now(LaneWindows.WIB).toString();
        JsonNode report = get("/api/v1/reports/daily?from=" + today + "&to=" + today);
        assertThat(entries.path("value").asLong())
                .isEqualTo(report.path("totals").path("entries").asLong())
                .isPositive();
    }

    @Test
    @Order(5)
    void theReportExportButtonsSaveTheServersCsvXlsxAndPdf() throws Exception {
        selectTab("reports");
        await().atMost(UI).until(() -> label(admin, "#report-message").startsWith("Laporan"));
        String today = java.time.LocalDate.now(LaneWindows.WIB).toString();
        long entries = get("/api/v1/reports/daily?from=" + today + "&to=" + today)
                .path("totals")
                .path("entries")
                .asLong();
        String base = "laporan-" + today + "_" + today;
        for (String format : List.of("csv", "xlsx", "pdf")) {
            fxRun(() -> button(admin, "#report-export-" + format).fire());
            Path saved = exports.resolve(base + "." + format);
            await().atMost(UI).until(() -> label(admin, "#report-message").startsWith("Disimpan ke " + saved));
            await().atMost(UI)
                    .until(() ->
                            fx(() -> !button(admin, "#report-export-" + format).isDisabled()));
        }

        byte[] csv = Files.readAllBytes(exports.resolve(base + ".csv"));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        List<String> lines = text.substring(1).lines().toList();
        assertThat(lines.get(0).split(";"))
                .as("';' separates the columns: %s", text)
                .contains("Masuk", "Keluar");
        assertThat(lines.get(0).split(";")[2]).isEqualTo("Masuk");
        String[] total = lines.stream()
                .filter(line -> line.startsWith("Total;"))
                .findFirst()
                .orElseThrow()
                .split(";");
        assertThat(Long.parseLong(total[2])).as("the day's entries in the CSV").isEqualTo(entries);

        try (java.util.zip.ZipFile xlsx =
                new java.util.zip.ZipFile(exports.resolve(base + ".xlsx").toFile())) {
            assertThat(xlsx.getEntry("xl/workbook.xml")).isNotNull();
            assertThat(xlsx.stream().map(java.util.zip.ZipEntry::getName))
                    .anyMatch(name -> name.startsWith("xl/worksheets/sheet"));
        }

        try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                org.apache.pdfbox.Loader.loadPDF(exports.resolve(base + ".pdf").toFile())) {
            String page = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(page).contains(today);
        }
    }

    @Test
    @Order(6)
    void aMemberPassIsCreatedAndEditedInTheGatesTab() {
        selectTab("gates");
        fxRun(() -> {
            text(admin, "#member-card").setText("GUI-CARD-7");
            text(admin, "#member-name").setText("Siti");
            text(admin, "#member-plate").setText("B 7777 MBR");
            ((javafx.scene.control.DatePicker) find(admin, "#member-from").orElseThrow())
                    .setValue(java.time.LocalDate.of(2026, 1, 1));
            ((javafx.scene.control.DatePicker) find(admin, "#member-until").orElseThrow())
                    .setValue(java.time.LocalDate.of(2026, 12, 31));
            text(admin, "#member-discount").setText("40");
        });
        fxRun(() -> button(admin, "#member-create").fire());
        await().atMost(UI).until(() -> label(admin, "#members-message").equals("Member kartu GUI-CARD-7 disimpan."));
        await().atMost(UI).until(() -> fx(() -> memberRow("GUI-CARD-7") != null));

        fxRun(() -> table(admin, "#members-table").getSelectionModel().select(memberRow("GUI-CARD-7")));
        assertThat(fx(() -> text(admin, "#member-plate").getText())).isEqualTo("B 7777 MBR");
        fxRun(() -> text(admin, "#member-discount").setText("60"));
        fxRun(() -> button(admin, "#member-save").fire());
        await().atMost(UI)
                .until(() -> get("/api/v1/members?plate=B7777MBR")
                                .path(0)
                                .path("discountPercent")
                                .asInt()
                        == 60);
        assertThat(get("/api/v1/audit-log?action=member.updated").path("items").toString())
                .contains("GUI-CARD-7");
    }

    @Test
    @Order(7)
    void aStationIsRevokedOnlyAfterTheConfirmationBar() {
        windows.server()
                .api()
                .post(
                        "/api/v1/ticket-stations",
                        token,
                        TestApi.json(java.util.Map.of(
                                "code",
                                "GUI-ST",
                                "name",
                                "Pintu GUI",
                                "direction",
                                "IN",
                                "gate",
                                "IN1",
                                "publicKey",
                                id.sistemparkir.core.ticket.Ed25519Keys.encodePublic(
                                        id.sistemparkir.core.ticket.Ed25519Keys.generate()
                                                .getPublic()))));
        selectTab("stations");
        await().atMost(UI).until(() -> fx(() -> stationRow("GUI-ST") != null));
        fxRun(() -> table(admin, "#stations-table").getSelectionModel().select(stationRow("GUI-ST")));
        fxRun(() -> text(admin, "#station-reason").setText("stasiun diganti"));
        fxRun(() -> button(admin, "#station-revoke").fire());
        await().atMost(UI)
                .until(() -> fx(() ->
                        find(admin, "#station-revoke-confirm").orElseThrow().isVisible()));
        assertThat(revokedAt("GUI-ST"))
                .as("nothing sent before the confirmation")
                .isFalse();

        fxRun(() -> button(admin, "#station-revoke-confirm").fire());
        await().atMost(UI).until(() -> label(admin, "#stations-message").equals("Stasiun GUI-ST dicabut."));
        assertThat(revokedAt("GUI-ST")).isTrue();
        assertThat(get("/api/v1/audit-log?action=station.revoked").path("items").toString())
                .contains("stasiun diganti");
    }

    @SuppressWarnings("unchecked")
    private static TableView<JsonNode> table(Stage stage, String id) {
        return (TableView<JsonNode>) find(stage, id).orElseThrow();
    }

    private JsonNode memberRow(String card) {
        return table(admin, "#members-table").getItems().stream()
                .filter(row -> row.path("cardNumber").asText().equals(card))
                .findFirst()
                .orElse(null);
    }

    private JsonNode stationRow(String code) {
        return table(admin, "#stations-table").getItems().stream()
                .filter(row -> row.path("code").asText().equals(code))
                .findFirst()
                .orElse(null);
    }

    private boolean revokedAt(String code) {
        for (JsonNode station : get("/api/v1/ticket-stations")) {
            if (station.path("code").asText().equals(code)) {
                return station.path("revokedAt").isTextual();
            }
        }
        throw new AssertionError("no station " + code);
    }
}
