package id.sistemparkir.app.cli;

import id.sistemparkir.app.desktop.EmbeddedServerControl;
import id.sistemparkir.app.logging.FileLogging;
import id.sistemparkir.desktop.lane.DesktopLauncher;
import id.sistemparkir.desktop.lane.DesktopOptions;
import id.sistemparkir.desktop.menu.MainMenuApp;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code parkir} command; with no subcommand, the main menu (DESIGN §3). Subcommands are registered once they work. */
@Command(
        name = "parkir",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Sistem Parkir Modern — parking-garage system: server, lanes and back office.",
            "Without a subcommand it opens the main menu (Server, ParkingIN, ParkingOut, SimpleParkingAdmin);",
            "without a display it says so and points to `parkir server`."
        },
        subcommands = {
            ServerCommand.class,
            LaneWindowCommand.In.class,
            LaneWindowCommand.Out.class,
            AdminWindowCommand.class,
            EntryCommand.class,
            ExitCommand.class,
            OutboxCommand.class,
            SyncCommand.class,
            FeeCommand.class,
            StationCommand.class,
            RestoreCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ParkirCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DesktopOptionsMixin desktop;

    /** A command line with the conventions every subcommand shares: clear usage errors, exit code 2 on bad input. */
    public static CommandLine newCommandLine() {
        return newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new ParkirCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrors());
        // As wide as the terminal (at least 80 columns): picocli then wraps at spaces only and never splits a
        // token such as 2026-11-25T08:00:00+07:00.
        commandLine.setUsageHelpAutoWidth(true);
        commandLine.setUsageHelpLongOptionsMaxWidth(30);
        return commandLine;
    }

    /** The main menu; its Server runs in this process, configured like {@code parkir server}. */
    @Override
    public Integer call() throws InterruptedException {
        if (DesktopOptionsMixin.displayMissing(spec.commandLine().getErr())) {
            return 1;
        }
        DesktopOptions options = desktop.options();
        FileLogging.toDirectory(DataHome.current().logs(), "menu");
        EmbeddedServerControl server = new EmbeddedServerControl(
                () -> ServerSettings.resolve(new ServerSettings.Flags(null, null, null, null, null), System.getenv()),
                Clock.systemUTC());
        DesktopLauncher.runUntilClosed(
                stage -> MainMenuApp.open(stage, options, server, MainMenuApp.standardEntries(options)));
        server.stop();
        return 0;
    }
}
