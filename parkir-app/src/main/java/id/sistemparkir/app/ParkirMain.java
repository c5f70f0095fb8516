package id.sistemparkir.app;

import id.sistemparkir.app.cli.ParkirCommand;

/**
 * Entry point of the fat jar. Deliberately not a JavaFX {@code Application}: on the classpath the JavaFX launcher
 * refuses such a main class, so windows are started from subcommands instead.
 */
public final class ParkirMain {

    private ParkirMain() {}

    public static void main(String[] args) {
        System.exit(ParkirCommand.newCommandLine().execute(args));
    }
}
