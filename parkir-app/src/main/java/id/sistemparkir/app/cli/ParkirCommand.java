package id.sistemparkir.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code parkir} command. Subcommands are registered only once they work (DESIGN §3). */
@Command(
        name = "parkir",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Sistem Parkir Modern — parking-garage system: server, lanes and back office.",
            "Without a subcommand it prints this help."
        },
        subcommands = {
            ServerCommand.class,
            EntryCommand.class,
            ExitCommand.class,
            OutboxCommand.class,
            SyncCommand.class,
            FeeCommand.class,
            RestoreCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ParkirCommand implements Runnable {

    @Spec
    CommandSpec spec;

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
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
