package id.sistemparkir.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.money.Rupiah;
import id.sistemparkir.core.tariff.FeeCalculator;
import id.sistemparkir.core.tariff.FeeLine;
import id.sistemparkir.core.tariff.FeeQuote;
import id.sistemparkir.core.tariff.FeeRequest;
import id.sistemparkir.core.tariff.TariffSchedule;
import id.sistemparkir.core.vehicle.VehicleType;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parkir fee}: the fee and its breakdown for one stay, under the default tariff (DESIGN §3, §7). */
@Command(
        name = "fee",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints the parking fee and its breakdown for a stay under the default tariff.")
final class FeeCommand implements Callable<Integer> {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(names = "--type", required = true, description = "Vehicle class: ${COMPLETION-CANDIDATES}.")
    VehicleType type;

    @Option(
            names = "--in",
            required = true,
            converter = IsoTimeConverter.class,
            // The example on a line of its own: a line break inside it would break copy-paste.
            description = {"Entry time, ISO-8601 with offset, e.g.", "2026-11-25T08:00:00+07:00"})
    java.time.Instant entryTime;

    @Option(
            names = "--out",
            required = true,
            converter = IsoTimeConverter.class,
            description = "Exit time, ISO-8601 with offset.")
    java.time.Instant exitTime;

    @Option(names = "--lost-ticket", description = "The ticket was lost: adds the lost-ticket fee.")
    boolean lostTicket;

    @Option(
            names = "--member-discount",
            defaultValue = "0",
            paramLabel = "PERCENT",
            description = "Season-pass discount in percent (0-100); default ${DEFAULT-VALUE}.")
    int memberDiscountPercent;

    @Option(
            names = "--zone",
            defaultValue = "Asia/Jakarta",
            converter = ZoneConverter.class,
            description = "Time zone for display; default ${DEFAULT-VALUE}.")
    ZoneId zone;

    @Option(names = "--json", description = "Machine output: {\"fee\": ..., \"lines\": [...], ...}.")
    boolean json;

    private static final java.time.format.DateTimeFormatter TIME_IN_ZONE =
            java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss VV");

    @Override
    public Integer call() throws JsonProcessingException {
        if (exitTime.isBefore(entryTime)) { // said in the times as given, not in UTC, and not about a lane clock
            throw new IllegalArgumentException(LaneText.text(
                    "cli.error.exit_before_entry",
                    TIME_IN_ZONE.format(exitTime.atZone(zone)),
                    TIME_IN_ZONE.format(entryTime.atZone(zone))));
        }
        FeeQuote quote = FeeCalculator.quote(
                TariffSchedule.defaults(),
                new FeeRequest(type, entryTime, exitTime, lostTicket, memberDiscountPercent));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(quote)));
        } else {
            printHuman(out, quote);
        }
        return 0;
    }

    private static Map<String, Object> toJson(FeeQuote quote) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fee", quote.fee());
        body.put("lines", quote.lines().stream().map(FeeCommand::lineJson).toList());
        body.put("tariffVersion", quote.tariffVersion());
        body.put("vehicleType", quote.vehicleType());
        body.put("entryTime", quote.entryTime());
        body.put("exitTime", quote.exitTime());
        body.put("durationSeconds", quote.duration().toSeconds());
        body.put("lostTicket", quote.lostTicket());
        body.put("memberDiscountPercent", quote.memberDiscountPercent());
        return body;
    }

    private static Map<String, Object> lineJson(FeeLine line) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", line.kind());
        body.put("description", line.description());
        body.put("amount", line.amount());
        return body;
    }

    private void printHuman(PrintWriter out, FeeQuote quote) {
        out.printf(
                "%s · tarif versi %d · %s → %s (%s)%n",
                quote.vehicleType(),
                quote.tariffVersion(),
                DISPLAY.format(quote.entryTime().atZone(zone)),
                DISPLAY.format(quote.exitTime().atZone(zone)),
                StayDuration.format(quote.duration()));
        List<FeeLine> lines = quote.lines();
        int width = lines.stream().mapToInt(l -> l.description().length()).max().orElse(0);
        width = Math.max(width, "Total".length());
        for (FeeLine line : lines) {
            out.printf("  %-" + width + "s  %14s%n", line.description(), Rupiah.format(line.amount()));
        }
        out.printf("  %-" + width + "s  %14s%n", "Total", Rupiah.format(quote.fee()));
    }
}
