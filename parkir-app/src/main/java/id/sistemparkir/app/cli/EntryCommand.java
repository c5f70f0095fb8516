package id.sistemparkir.app.cli;

import id.sistemparkir.client.LaneClient;
import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.lane.EntryOutcome;
import id.sistemparkir.client.lane.LaneDevices;
import id.sistemparkir.client.lane.LaneRejection;
import id.sistemparkir.core.vehicle.VehicleType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parkir entry}: one vehicle in, exactly as ParkingIN records it — online, or offline when it must. */
@Command(
        name = "entry",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Records a vehicle entering; stores it offline when the server or its database is down.")
final class EntryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LaneOptions lane;

    @Option(names = "--plate", required = true, description = "Plate, e.g. \"B 1234 XYZ\".")
    String plate;

    @Option(names = "--type", required = true, description = "Vehicle class: ${COMPLETION-CANDIDATES}.")
    VehicleType type;

    @Option(names = "--non-standard", description = "The operator confirms a non-standard plate (diplomatic, foreign).")
    boolean nonStandard;

    @Option(names = "--photo", paramLabel = "FILE", description = "A JPEG photo to attach instead of the camera's.")
    Path photo;

    @Override
    public Integer call() {
        LaneConfig config = lane.config("ParkingIN");
        lane.startLogging(config);
        try (LaneDeviceSetup devices = new LaneDeviceSetup(config);
                LaneClient client = LaneClient.open(config, LaneDevices.of(devices.devices()), Clock.systemUTC())) {
            LaneText.requireNotRefused(client.connectForCommand());
            EntryOutcome outcome = client.entryLane().enter(plate, type, nonStandard, readPhoto());
            LaneOutput.print(spec.commandLine().getOut(), lane.json(), outcome, human(outcome));
            return 0;
        } catch (LaneRejection e) {
            return CliError.report(
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr(),
                    lane.json(),
                    e.code(),
                    LaneText.text(
                            "cli.error.refused", LaneText.text("cli.sync.kind.entry"), e.code(), LaneText.of(e.text())),
                    CliError.REFUSED);
        }
    }

    private Optional<byte[]> readPhoto() {
        if (photo == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(photo));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the photo " + photo, e);
        }
    }

    private static String human(EntryOutcome o) {
        return (o.offline() ? LaneText.text("cli.lane.offline_stored") + " " : "")
                + LaneText.text("cli.entry.done", o.plateDisplay(), o.vehicleType(), o.gate()) + "\n"
                + LaneText.text(
                        "cli.entry.ticket",
                        o.ticketCode() == null ? LaneText.text("cli.entry.no_code", o.id()) : o.ticketCode())
                + (o.suspectedDuplicate() ? "\n" + LaneText.text("cli.entry.already_inside") : "")
                + (o.warnings().isEmpty() ? "" : "\n" + LaneText.lines(o.warnings()));
    }
}
