package id.sistemparkir.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a domain validation failure into one clear line and exit code 2, like a bad option; anything else is a bug
 * and keeps its stack trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

    static final int USER_ERROR = CommandLine.ExitCode.USAGE;

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult)
            throws Exception {
        if (ex instanceof IllegalArgumentException) {
            commandLine.getErr().println("parkir: " + ex.getMessage());
            return USER_ERROR;
        }
        throw ex;
    }
}
