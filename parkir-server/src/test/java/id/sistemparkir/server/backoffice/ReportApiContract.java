package id.sistemparkir.server.backoffice;

import static id.sistemparkir.server.testsupport.TestApi.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.sistemparkir.core.money.Rupiah;
import id.sistemparkir.core.vehicle.VehicleType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reports over random data: the sums of a report equal the sums of the sessions and shifts it covers, in JSON and in
 * the CSV, XLSX and PDF exports read back. The sessions are made through the lane API with a seeded random, so a
 * failure can be replayed; some exits are made by two cashiers in shifts of their own (one closed with a count, one
 * still open).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportApiContract extends BackOfficeApiContract {

    private static final long SEED = 20261201L;
    private static final List<String> METHODS = List.of("CASH", "QRIS", "EMONEY");

    private LocalDate from;
    private LocalDate to;
    /** What the test sent, summed as the report must sum it: per day, and per class. */
    private final Map<LocalDate, long[]> days = new TreeMap<>();

    private final Map<String, Long> revenueByClass = new HashMap<>();
    private final Map<String, Long> revenueByMethod = new HashMap<>();

    /** The two cashiers' shifts, by station: what the test made them take. */
    private final Map<String, ShiftMade> shifts = new TreeMap<>();

    private static final class ShiftMade {
        final String token;
        final Instant openedAt;
        String id;
        long exits;
        long fees;
        long cashFees;
        Long counted;

        ShiftMade(String token, Instant openedAt) {
            this.token = token;
            this.openedAt = openedAt;
        }
    }

    /** Column order of {@code days}' arrays, the same as the report's totals. */
    private static final List<String> TOTALS = List.of(
            "entries",
            "exits",
            "fees",
            "revenue",
            "lostTickets",
            "lostTicketFees",
            "underpaidExits",
            "uncollected",
            "offlineEntries",
            "offlineExits",
            "voided");

    @BeforeAll
    void makeRandomSessions() {
        Random random = new Random(SEED);
        Instant now = now();
        to = LocalDate.ofInstant(now, JAKARTA);
        from = to.minusDays(3);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, new long[TOTALS.size()]);
        }
        // A random of its own, so the sessions are the same as before shifts were added.
        Random cashiers = new Random(SEED + 1);
        List<String> exitTokens = new ArrayList<>(List.of(operator));
        for (String station : List.of("OUT-SHIFT-A", "OUT-SHIFT-B")) {
            ShiftMade shift = new ShiftMade(login("operator-bo", station), now.minusSeconds(23 * 3600));
            HttpResponse<String> opened = post("/api/v1/shifts", shift.token, body("openedAt", shift.openedAt));
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            shift.id = parse(opened).get("id").asText();
            shifts.put(station, shift);
            exitTokens.add(shift.token);
        }
        for (int i = 0; i < 60; i++) {
            VehicleType type = VehicleType.values()[random.nextInt(3)];
            Instant in = now.minusSeconds(random.nextInt(72 * 3600));
            boolean offline = random.nextInt(5) == 0;
            JsonNode entry =
                    entryWith("R " + (1000 + i) + " RP", type, random.nextBoolean() ? "IN-R1" : "IN-R2", in, offline);
            int fate = random.nextInt(10);
            if (fate < 7) {
                Instant out = in.plusSeconds(300 + random.nextInt(10 * 3600));
                if (out.isAfter(now)) {
                    out = now;
                }
                long fee = 1_000L * random.nextInt(60);
                // Underpaid, paid exactly, or cash handed over above the fee (the change is not revenue).
                int payment = random.nextInt(4);
                long paid = payment == 0 ? fee / 2 : payment == 1 ? fee + 5_000 : fee;
                long collected = Math.min(paid, fee);
                boolean lost = random.nextInt(10) == 0;
                boolean exitOffline = random.nextInt(5) == 0;
                String method = METHODS.get(random.nextInt(METHODS.size()));
                String token = exitTokens.get(cashiers.nextInt(exitTokens.size()));
                exitWith(token, entry, out, fee, paid, method, lost, exitOffline);
                for (ShiftMade shift : shifts.values()) {
                    if (shift.token.equals(token) && !out.isBefore(shift.openedAt)) {
                        shift.exits++;
                        shift.fees += fee;
                        shift.cashFees += method.equals("CASH") ? fee : 0;
                    }
                }
                long[] day = days.get(LocalDate.ofInstant(out, JAKARTA));
                day[1]++;
                day[2] += fee;
                day[3] += collected;
                day[4] += lost ? 1 : 0;
                day[5] += lost ? fee : 0;
                day[6] += paid < fee ? 1 : 0;
                day[7] += fee - collected;
                day[9] += exitOffline ? 1 : 0;
                revenueByClass.merge(type.name(), collected, Long::sum);
                revenueByMethod.merge(method, collected, Long::sum);
            }
            long[] entryDay = days.get(LocalDate.ofInstant(in, JAKARTA));
            if (fate == 9) {
                HttpResponse<String> voided = post(
                        "/api/v1/sessions/" + entry.get("id").asText() + "/void", supervisor, body("reason", "test"));
                assertThat(voided.statusCode()).isEqualTo(200);
                entryDay[10]++;
            } else {
                entryDay[0]++;
                entryDay[8] += offline ? 1 : 0;
            }
        }
        ShiftMade closed = shifts.get("OUT-SHIFT-A");
        closed.counted = Math.max(0, closed.cashFees - 2_000);
        HttpResponse<String> close =
                post("/api/v1/shifts/" + closed.id + "/close", closed.token, body("cashCounted", closed.counted));
        assertThat(close.statusCode()).as(close.body()).isEqualTo(200);
        assertThat(closed.exits + shifts.get("OUT-SHIFT-B").exits)
                .as("the random data gives the shifts exits")
                .isPositive();
    }

    private JsonNode entryWith(String plate, VehicleType type, String gate, Instant at, boolean offline) {
        HttpResponse<String> response = post(
                "/api/v1/entries",
                operator,
                new id.sistemparkir.core.contract.EntryRequest(
                        java.util.UUID.randomUUID(), null, plate, type, gate, at, offline, false));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return parse(response);
    }

    private void exitWith(
            String token,
            JsonNode entry,
            Instant at,
            long fee,
            long paid,
            String method,
            boolean lost,
            boolean offline) {
        HttpResponse<String> response = post(
                "/api/v1/exits",
                token,
                new id.sistemparkir.core.contract.ExitRequest(
                        java.util.UUID.randomUUID(),
                        entry.get("ticketCode").asText(),
                        null,
                        null,
                        "OUT-R1",
                        at,
                        fee,
                        paid,
                        method,
                        lost,
                        offline));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private String query() {
        return "/api/v1/reports/daily?from=" + from + "&to=" + to;
    }

    @Test
    void theJsonReportsSumsEqualTheSumsOfItsSessionsPerDayAndPerGrouping() {
        JsonNode report = get(query(), supervisor);

        long[] total = new long[TOTALS.size()];
        List<JsonNode> reportDays = list(report.get("days"));
        assertThat(reportDays).hasSize(days.size());
        for (JsonNode day : reportDays) {
            long[] expected = days.get(LocalDate.parse(day.get("date").asText()));
            assertThat(values(day.get("totals"))).as(day.get("date").asText()).containsExactly(expected);
            for (int c = 0; c < total.length; c++) {
                total[c] += expected[c];
            }
        }
        assertThat(values(report.get("totals"))).containsExactly(total);
        assertThat(total[0]).as("the random data has entries").isPositive();
        assertThat(total[1]).as("and exits").isPositive();
        for (String grouping : List.of("byVehicleType", "byGate", "byOperator", "byPaymentMethod")) {
            List<JsonNode> groups = list(report.get(grouping));
            assertThat(groups.stream().mapToLong(g -> g.get("exits").asLong()).sum())
                    .as(grouping)
                    .isEqualTo(total[1]);
            assertThat(groups.stream().mapToLong(g -> g.get("revenue").asLong()).sum())
                    .as(grouping)
                    .isEqualTo(total[3]);
            if (!grouping.equals("byPaymentMethod")) {
                assertThat(groups.stream()
                                .mapToLong(g -> g.get("entries").asLong())
                                .sum())
                        .as(grouping)
                        .isEqualTo(total[0]);
            }
        }
        for (JsonNode g : list(report.get("byVehicleType"))) {
            assertThat(g.get("revenue").asLong())
                    .isEqualTo(revenueByClass.getOrDefault(g.get("key").asText(), 0L));
        }
        for (JsonNode g : list(report.get("byPaymentMethod"))) {
            assertThat(g.get("revenue").asLong())
                    .isEqualTo(revenueByMethod.get(g.get("key").asText()));
        }
        assertThat(api.get("/api/v1/reports/daily?from=" + to + "&to=" + from, supervisor)
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/reports/daily?from=2020-01-01&to=2022-01-01", supervisor)
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.get(query() + "&format=doc", supervisor).statusCode()).isEqualTo(400);
    }

    @Test
    void theCsvIsUtf8WithABomAndSemicolonsAndAddsUpToTheReport() throws IOException {
        JsonNode report = get(query(), supervisor);
        HttpResponse<byte[]> csv = bytes(query() + "&format=csv");

        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] body = csv.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(';'))
                .readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows.get(0)).startsWith("Bagian", "Kunci", "Masuk", "Keluar");
        List<String> totalRow =
                rows.stream().filter(r -> r.get(0).equals("Total")).findFirst().orElseThrow();
        long[] totals = values(report.get("totals"));
        for (int c = 0; c < TOTALS.size(); c++) {
            assertThat(Long.parseLong(totalRow.get(c + 2))).as(TOTALS.get(c)).isEqualTo(totals[c]);
        }
        long revenueOfDays = rows.stream()
                .filter(r -> r.get(0).equals("Hari"))
                .mapToLong(r -> Long.parseLong(r.get(5)))
                .sum();
        assertThat(revenueOfDays).isEqualTo(totals[3]);
        assertThat(rows.stream().filter(r -> r.get(0).equals("Hari"))).hasSize(days.size());
        String english = new String(bytes(query() + "&format=csv&lang=en").body(), StandardCharsets.UTF_8);
        assertThat(english).contains("Section;Key;Entries;Exits");
    }

    @Test
    void theXlsxHoldsTheSameNumbers() throws IOException {
        JsonNode report = get(query(), supervisor);
        HttpResponse<byte[]> xlsx = bytes(query() + "&format=xlsx");

        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
                .contains("laporan-parkir-" + from + "_" + to + ".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Row total = rows.stream()
                    .filter(r -> r.getCellAsString(0).orElse("").equals("Total"))
                    .findFirst()
                    .orElseThrow();
            long[] totals = values(report.get("totals"));
            for (int c = 0; c < TOTALS.size(); c++) {
                assertThat(total.getCellAsNumber(c + 2).orElseThrow().longValueExact())
                        .as(TOTALS.get(c))
                        .isEqualTo(totals[c]);
            }
            assertThat(rows.get(0).getCellAsString(5).orElseThrow()).isEqualTo("Pendapatan");
        }
    }

    @Test
    void thePdfShowsTheTotalsAndDrawsABarPerDay() throws IOException {
        JsonNode report = get(query(), supervisor);
        HttpResponse<byte[]> pdf = bytes(query() + "&format=pdf&lang=en");

        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Daily Parking Report")
                    .contains("Revenue per day")
                    .contains(Rupiah.format(report.get("totals").get("revenue").asLong()))
                    .contains(Long.toString(report.get("totals").get("entries").asLong()));
            PDFStreamParser parser = new PDFStreamParser(document.getPage(0));
            long rectangles = parser.parse().stream()
                    .filter(token ->
                            token instanceof Operator op && op.getName().equals("re"))
                    .count();
            assertThat(rectangles).as("one bar per day of the period").isEqualTo(days.size());
        }
    }

    @Test
    void theShiftsOfThePeriodShowTheCashTheirExitsTookAndTheirTotalsAddUp() {
        JsonNode report = get(query(), supervisor);

        assertThat(report.get("shiftsAvailable").asBoolean()).isTrue();
        List<JsonNode> listed = list(report.get("shifts"));
        assertThat(listed).extracting(s -> s.get("station").asText()).containsAll(shifts.keySet());
        for (Map.Entry<String, ShiftMade> made : shifts.entrySet()) {
            JsonNode shift = listed.stream()
                    .filter(s -> s.get("station").asText().equals(made.getKey()))
                    .findFirst()
                    .orElseThrow();
            ShiftMade expected = made.getValue();
            assertThat(shift.get("id").asText()).isEqualTo(expected.id);
            assertThat(shift.get("operator").asText()).isEqualTo("operator-bo");
            assertThat(shift.get("exits").asLong()).as(made.getKey()).isEqualTo(expected.exits);
            assertThat(shift.get("revenue").asLong()).as(made.getKey()).isEqualTo(expected.fees);
            assertThat(shift.get("cashExpected").asLong()).as(made.getKey()).isEqualTo(expected.cashFees);
            if (expected.counted == null) {
                assertThat(shift.get("status").asText()).isEqualTo("OPEN");
                assertThat(shift.hasNonNull("cashCounted"))
                        .as("no count while open")
                        .isFalse();
                assertThat(shift.hasNonNull("cashDifference")).isFalse();
            } else {
                assertThat(shift.get("status").asText()).isEqualTo("CLOSED");
                assertThat(shift.get("cashCounted").asLong()).isEqualTo(expected.counted);
                assertThat(shift.get("cashDifference").asLong()).isEqualTo(expected.counted - expected.cashFees);
            }
        }
        List<JsonNode> closed = listed.stream()
                .filter(s -> s.get("status").asText().equals("CLOSED"))
                .toList();
        JsonNode totals = report.get("shiftTotals");
        assertThat(totals.get("closedShifts").asInt()).isEqualTo(closed.size());
        assertThat(totals.get("openShifts").asInt()).isEqualTo(listed.size() - closed.size());
        for (String column : List.of("cashExpected", "cashCounted", "cashDifference")) {
            assertThat(totals.get(column).asLong())
                    .as(column)
                    .isEqualTo(closed.stream()
                            .mapToLong(s -> s.get(column).asLong())
                            .sum());
        }
        assertThat(totals.get("cashDifference").asLong())
                .isEqualTo(totals.get("cashCounted").asLong()
                        - totals.get("cashExpected").asLong());
        assertThat(list(get("/api/v1/reports/daily?from=" + from.minusDays(9) + "&to=" + from.minusDays(5), supervisor)
                        .get("shifts")))
                .as("a period before the shifts opened has none")
                .isEmpty();
    }

    @Test
    void theCsvAndXlsxListEachShiftWithItsCashAndTheShiftTotal() throws IOException {
        JsonNode report = get(query(), supervisor);
        String text = new String(bytes(query() + "&format=csv").body(), StandardCharsets.UTF_8).substring(1);
        List<List<String>> csv = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(';'))
                .readValues(text)) {
            it.forEachRemaining(csv::add);
        }
        List<Row> xlsx;
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(bytes(query() + "&format=xlsx").body()))) {
            xlsx = workbook.getFirstSheet().read();
        }

        assertThat(csv).anySatisfy(r -> assertThat(r).startsWith("Bagian", "Kunci", "Dibuka", "Ditutup", "Status"));
        for (JsonNode shift : list(report.get("shifts"))) {
            String key = shift.get("station").asText() + " / "
                    + shift.get("operator").asText();
            List<String> row = csv.stream()
                    .filter(r -> r.get(0).equals("Shift") && r.get(1).equals(key))
                    .findFirst()
                    .orElseThrow();
            assertThat(Long.parseLong(row.get(7)))
                    .as(key)
                    .isEqualTo(shift.get("cashExpected").asLong());
            assertThat(row.get(8))
                    .isEqualTo(
                            shift.hasNonNull("cashCounted")
                                    ? shift.get("cashCounted").asText()
                                    : "");
            Row cells = xlsx.stream()
                    .filter(r -> r.getCellAsString(0).orElse("").equals("Shift")
                            && r.getCellAsString(1).orElse("").equals(key))
                    .findFirst()
                    .orElseThrow();
            assertThat(cells.getCellAsNumber(7).orElseThrow().longValueExact())
                    .isEqualTo(shift.get("cashExpected").asLong());
        }
        JsonNode totals = report.get("shiftTotals");
        List<String> csvTotal = csv.stream()
                .filter(r -> r.get(0).equals("Total shift"))
                .findFirst()
                .orElseThrow();
        Row xlsxTotal = xlsx.stream()
                .filter(r -> r.getCellAsString(0).orElse("").equals("Total shift"))
                .findFirst()
                .orElseThrow();
        List<String> columns = List.of("cashExpected", "cashCounted", "cashDifference");
        for (int c = 0; c < columns.size(); c++) {
            long expected = totals.get(columns.get(c)).asLong();
            assertThat(Long.parseLong(csvTotal.get(7 + c))).as(columns.get(c)).isEqualTo(expected);
            assertThat(xlsxTotal.getCellAsNumber(7 + c).orElseThrow().longValueExact())
                    .as(columns.get(c))
                    .isEqualTo(expected);
        }
        long csvShifts = csv.stream().filter(r -> r.get(0).equals("Shift")).count();
        assertThat(csvShifts).isEqualTo(list(report.get("shifts")).size());
    }

    @Test
    void thePdfListsTheShiftsWithTheirCash() throws IOException {
        JsonNode report = get(query(), supervisor);
        try (PDDocument document =
                Loader.loadPDF(bytes(query() + "&format=pdf&lang=en").body())) {
            String text = new PDFTextStripper().getText(document);

            assertThat(text).contains("Cashier shifts", "Cash expected", "Cash counted", "Shift total");
            for (JsonNode shift : list(report.get("shifts"))) {
                assertThat(text)
                        .contains(shift.get("station").asText())
                        .contains(Rupiah.format(shift.get("cashExpected").asLong()));
            }
            assertThat(text)
                    .contains(Rupiah.format(
                            report.get("shiftTotals").get("cashCounted").asLong()))
                    .contains(Rupiah.format(
                            report.get("shiftTotals").get("cashDifference").asLong()));
        }
    }

    private HttpResponse<byte[]> bytes(String path) {
        try {
            HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                    .send(api.builder(path, supervisor).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long[] values(JsonNode totals) {
        return TOTALS.stream().mapToLong(name -> totals.get(name).asLong()).toArray();
    }
}
