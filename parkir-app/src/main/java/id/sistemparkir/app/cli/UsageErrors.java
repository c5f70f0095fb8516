package id.sistemparkir.app.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line is one short line that names it ({@code unknown option '--plat'},
 * {@code --paid: 'abc' is not an amount}) and a pointer to {@code --help}, never the whole usage; exit code 2. An
 * unknown option is named even when a required one is missing too, because the unknown one is usually the typo.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        List<String> argList = Arrays.asList(args);
        LaneText.use(
                flagValue(argList, "--lang").filter(UsageErrors::knownLanguage).orElse(null), System.getenv());
        String name = command.getCommandSpec().qualifiedName(" ");
        String message = describe(ex, command.getCommandSpec(), argList);
        boolean json = argList.contains("--json");
        int code = CliError.report(command.getOut(), command.getErr(), json, "usage", message, CliError.USAGE);
        if (!json) {
            command.getErr().println(LaneText.text("cli.error.try_help", name));
        }
        return code;
    }

    private static String describe(ParameterException ex, CommandSpec spec, List<String> args) {
        Optional<String> unknown = unknownOption(spec, args);
        if (unknown.isPresent()) {
            String typo = unknown.get();
            return closest(spec, typo)
                    .map(near -> LaneText.text("cli.error.unknown_option_hint", typo, near))
                    .orElseGet(() -> LaneText.text("cli.error.unknown_option", typo));
        }
        if (ex instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            return LaneText.text(
                    "cli.error.unexpected_argument", unmatched.getUnmatched().get(0));
        }
        if (ex instanceof MissingParameterException missing) {
            return LaneText.text(
                    "cli.error.missing",
                    String.join(
                            ", ",
                            missing.getMissing().stream()
                                    .map(UsageErrors::label)
                                    .toList()));
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg instanceof OptionSpec option && ex.getValue() != null) {
            return badValue(option, ex.getValue(), ex.getMessage());
        }
        return ex.getMessage();
    }

    private static String badValue(OptionSpec option, String value, String picocliMessage) {
        String name = option.longestName();
        Class<?> type = option.type();
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "AMOUNT".equals(option.paramLabel())
                    ? LaneText.text("cli.error.not_an_amount", name, value)
                    : LaneText.text("cli.error.not_a_number", name, value);
        }
        if (type.isEnum()) {
            String choices = String.join(
                    ", ",
                    Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
            return LaneText.text("cli.error.not_one_of", name, value, choices);
        }
        // A converter's own text, e.g. "'x' is not a time zone (example: Asia/Jakarta)".
        int colon = picocliMessage.indexOf("': ");
        return LaneText.text(
                "cli.error.bad_value", name, colon < 0 ? picocliMessage : picocliMessage.substring(colon + 3));
    }

    /** The first argument that looks like an option this command does not have. */
    static Optional<String> unknownOption(CommandSpec spec, List<String> args) {
        boolean afterCommand = spec.parent() == null;
        for (String arg : args) {
            if (!afterCommand) {
                afterCommand = spec.names().contains(arg);
                continue;
            }
            if (arg.equals("--")) {
                return Optional.empty();
            }
            if (arg.startsWith("-") && arg.length() > 1 && !Character.isDigit(arg.charAt(1))) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                if (spec.findOption(name) == null) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> closest(CommandSpec spec, String typo) {
        return spec.options().stream()
                .map(OptionSpec::longestName)
                .filter(known -> known.startsWith(typo) || typo.startsWith(known))
                .findFirst();
    }

    private static String label(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.arity().max() == 0 ? option.longestName() : option.longestName() + " " + option.paramLabel();
        }
        return arg.paramLabel();
    }

    private static Optional<String> flagValue(List<String> args, String flag) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(flag) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (args.get(i).startsWith(flag + "=")) {
                return Optional.of(args.get(i).substring(flag.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static boolean knownLanguage(String tag) {
        return id.sistemparkir.client.i18n.Language.parse(tag).isPresent();
    }
}
