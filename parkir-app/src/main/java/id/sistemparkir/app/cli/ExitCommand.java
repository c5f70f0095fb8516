package id.sistemparkir.app.cli;

import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.lane.ExitLane;
import id.sistemparkir.client.lane.ExitOutcome;
import id.sistemparkir.client.lane.ExitQuote;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.client.lane.LaneRejection;
import id.sistemparkir.core.contract.FeeLineDto;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.money.Rupiah;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parkir exit}: one vehicle out, priced and recorded exactly as ParkingOut does — online or offline. */
@Command(
        name = "exit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        // One line: the command list of `parkir --help` shows only the first.
        description = "Records a vehicle leaving: finds it by ticket (or by plate for a lost ticket), prices it,"
                + " records it; offline it prices a genuine signed ticket itself and stores the exit for a later sync.")
final class ExitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LaneOptions lane;

    @Option(names = "--ticket", paramLabel = "CODE", description = "The scanned ticket code.")
    String ticket;

    @Option(names = "--plate", paramLabel = "PLATE", description = "Find the vehicle by plate (lost ticket).")
    String plate;

    @Option(names = "--paid", paramLabel = "AMOUNT", description = "Amount paid in rupiah (default: the fee).")
    Long paid;

    @Option(names = "--method", defaultValue = "CASH", description = "Payment method (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--lost-ticket", description = "The ticket was lost: adds the lost-ticket fee.")
    boolean lostTicket;

    @Override
    public Integer call() {
        if (ticket == null && plate == null) {
            throw new IllegalArgumentException("give --ticket CODE, or --plate PLATE for a lost ticket");
        }
        LaneConfig config = lane.config("ParkingOut");
        lane.startLogging(config);
        try (LaneDeviceSetup devices = new LaneDeviceSetup(config);
                LaneClient client = LaneClient.open(config, LaneDevices.of(devices.devices()), Clock.systemUTC())) {
            LaneText.requireNotRefused(client.connectForCommand());
            ExitLane exits = client.exitLane();
            ExitQuote quote = ticket != null ? exits.quoteTicket(ticket, lostTicket) : byPlate(exits);
            ExitOutcome outcome = exits.exit(quote, paid == null ? quote.fee() : paid, method);
            LaneOutput.print(spec.commandLine().getOut(), lane.json(), outcome, human(outcome));
            return 0;
        } catch (LaneRejection e) {
            return CliError.report(
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr(),
                    lane.json(),
                    e.code(),
                    LaneText.text(
                            "cli.error.refused", LaneText.text("cli.sync.kind.exit"), e.code(), LaneText.of(e.text())),
                    CliError.REFUSED);
        }
    }

    private ExitQuote byPlate(ExitLane exits) {
        List<SessionView> found = exits.findByPlate(plate);
        if (found.size() != 1) {
            String candidates = found.stream()
                    .map(s -> s.plateDisplay() + " (masuk " + s.entryTime() + ")")
                    .collect(Collectors.joining(", "));
            throw new LaneRejection(
                    found.isEmpty() ? "not_found" : "ambiguous_plate",
                    found.isEmpty()
                            ? Message.of("lane.rejection.plate_not_inside", plate)
                            : Message.of("lane.rejection.plate_ambiguous", candidates));
        }
        return exits.quoteSession(found.get(0), lostTicket);
    }

    private static String human(ExitOutcome o) {
        StringBuilder text = new StringBuilder();
        if (o.offline()) {
            text.append("OFFLINE — disimpan lokal, akan disinkronkan.\n");
        }
        text.append("Keluar: ")
                .append(o.plate() == null ? "-" : o.plate())
                .append(" gerbang ")
                .append(o.gate());
        for (FeeLineDto line : o.lines()) {
            text.append("\n  ").append(line.description()).append("  ").append(Rupiah.format(line.amount()));
        }
        text.append("\nTarif: ")
                .append(Rupiah.format(o.fee()))
                .append("  Dibayar: ")
                .append(Rupiah.format(o.paid()))
                .append("  Kembali: ")
                .append(Rupiah.format(o.change()));
        o.warnings().forEach(w -> text.append('\n').append(LaneText.of(w)));
        return text.toString();
    }
}
