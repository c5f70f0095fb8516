package id.sistemparkir.app.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a domain validation failure into one clear line and exit code 2, like a bad option, and a file that cannot be
 * read or written into one line and exit code 1 (as JSON on stdout with {@code --json}); anything else is a bug and
 * keeps its stack trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

    static final int USER_ERROR = CliError.USAGE;

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult)
            throws Exception {
        boolean json = parseResult.originalArgs().contains("--json");
        if (ex instanceof IllegalArgumentException) {
            return CliError.report(
                    commandLine.getOut(), commandLine.getErr(), json, "bad_input", ex.getMessage(), USER_ERROR);
        }
        if (ex instanceof UncheckedIOException io) {
            String detail = io.getMessage()
                    + (io.getCause() == null ? "" : " (" + io.getCause().getMessage() + ")");
            return CliError.report(
                    commandLine.getOut(),
                    commandLine.getErr(),
                    json,
                    "io_error",
                    LaneText.text("cli.error.io", detail),
                    CliError.FAILED);
        }
        throw ex;
    }
}
