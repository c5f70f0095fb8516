package id.sistemparkir.app.cli;

import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.lane.ExitLane;
import id.sistemparkir.client.lane.ExitOutcome;
import id.sistemparkir.client.lane.ExitQuote;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.client.lane.LaneRejection;
import id.sistemparkir.client.lane.SessionChoiceNeeded;
import id.sistemparkir.core.contract.FeeLineDto;
import id.sistemparkir.core.contract.SessionView;
import id.sistemparkir.core.money.Rupiah;
import id.sistemparkir.core.payment.PaymentMethods;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
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
        description = "Records a vehicle leaving: finds it by ticket or short code (or by plate: a lost ticket, or a"
                + " ticket not presented), prices it, records it; several matching vehicles are listed for --session;"
                + " offline it prices a genuine signed ticket itself and stores the exit for a later sync.")
final class ExitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LaneOptions lane;

    @Option(
            names = "--ticket",
            paramLabel = "CODE",
            description = "The scanned ticket code, or the short code printed under the QR (e.g. K7QM-4XTP).")
    String ticket;

    @Option(
            names = "--plate",
            paramLabel = "PLATE",
            description = "Find the vehicle by plate (with --lost-ticket or --ticket-not-presented).")
    String plate;

    @Option(
            names = "--session",
            paramLabel = "ID",
            description = "The session to let out when several vehicles match (the candidates are listed otherwise).")
    String session;

    @Option(names = "--paid", paramLabel = "AMOUNT", description = "Amount paid in rupiah (default: the fee).")
    Long paid;

    @Option(
            names = "--method",
            defaultValue = "CASH",
            description = "Payment method (default ${DEFAULT-VALUE}): CASH, QRIS, DEBIT, EMONEY, MEMBER,"
                    + " UNABLE_TO_COLLECT or one the administrator added.")
    String method;

    @Option(names = "--lost-ticket", description = "The ticket was lost: adds the lost-ticket fee.")
    boolean lostTicket;

    @Option(
            names = "--ticket-not-presented",
            description = "With --plate: the driver shows no ticket and does not declare it lost; normal fee, listed"
                    + " for the back office to check.")
    boolean ticketNotPresented;

    @Override
    public Integer call() {
        checkHowTheVehicleIsFound();
        UUID chosen = session == null ? null : sessionId(session);
        LaneConfig config = lane.config("ParkingOut");
        lane.startLogging(config);
        try (LaneDeviceSetup devices = new LaneDeviceSetup(config);
                LaneClient client = LaneClient.open(config, LaneDevices.of(devices.devices()), Clock.systemUTC())) {
            LaneText.requireNotRefused(client.connectForCommand());
            ExitLane exits = client.exitLane();
            if (PaymentMethods.find(exits.paymentMethods(), method).isEmpty()) {
                throw new IllegalArgumentException(LaneText.of(Message.of(
                        "lane.rejection.payment_method", method.trim(), String.join(", ", exits.paymentMethods()))));
            }
            ExitQuote quote = ticket != null ? exits.quoteTicket(ticket, lostTicket, chosen) : byPlate(exits, chosen);
            ExitOutcome outcome = exits.exit(quote, paid == null ? quote.fee() : paid, method);
            LaneOutput.print(spec.commandLine().getOut(), lane.json(), outcome, human(outcome));
            return 0;
        } catch (SessionChoiceNeeded e) {
            CandidateList.print(spec.commandLine(), lane.json(), lane.where.zone, e);
            return 3;
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

    /** A plate alone is never a silent exit at the normal fee: the operator says which kind of exit it is. */
    private void checkHowTheVehicleIsFound() {
        if (ticket == null && plate == null) {
            throw new IllegalArgumentException(
                    "give --ticket CODE, or --plate PLATE with --lost-ticket or" + " --ticket-not-presented");
        }
        if (lostTicket && ticketNotPresented) {
            throw new IllegalArgumentException("--lost-ticket and --ticket-not-presented exclude each other");
        }
        if (ticketNotPresented && ticket != null) {
            throw new IllegalArgumentException("--ticket-not-presented goes with --plate, not with --ticket");
        }
        if (ticket == null && !lostTicket && !ticketNotPresented) {
            throw new IllegalArgumentException(LaneText.of(Message.of("lane.rejection.plate_needs_reason"))
                    + " Give --lost-ticket or --ticket-not-presented.");
        }
    }

    private static UUID sessionId(String text) {
        try {
            UUID id = UUID.fromString(text.trim());
            if (!id.toString().equalsIgnoreCase(text.trim())) {
                throw new IllegalArgumentException("not canonical");
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--session must be a session id as listed (a UUID)");
        }
    }

    private ExitQuote byPlate(ExitLane exits, UUID chosen) {
        List<SessionView> found = exits.findByPlate(plate);
        SessionView session = ExitLane.choose(found, chosen, Message.of("lane.rejection.plate_not_inside", plate));
        return exits.quoteSession(session, lostTicket);
    }

    private static String human(ExitOutcome o) {
        StringBuilder text = new StringBuilder();
        if (o.offline()) {
            text.append(LaneText.text("cli.lane.offline_stored")).append('\n');
        }
        text.append(LaneText.text(
                "cli.exit.done", o.plate() == null ? LaneText.text("cli.exit.plate_unknown") : o.plate(), o.gate()));
        for (FeeLineDto line : o.lines()) {
            text.append("\n  ").append(line.description()).append("  ").append(Rupiah.format(line.amount()));
        }
        text.append('\n')
                .append(LaneText.text(
                        "cli.exit.money", Rupiah.format(o.fee()), Rupiah.format(o.paid()), Rupiah.format(o.change())));
        o.warnings().forEach(w -> text.append('\n').append(LaneText.of(w)));
        return text.toString();
    }
}
