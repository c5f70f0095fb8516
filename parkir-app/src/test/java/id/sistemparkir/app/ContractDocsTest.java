package id.sistemparkir.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.app.cli.ParkirCommand;
import id.sistemparkir.server.db.TestDatabase;
import id.sistemparkir.server.db.TestDatabases;
import id.sistemparkir.server.testsupport.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The repository describes the contract it implements in docs/contract/ (issue 10, item 14); this keeps those
 * descriptions and the code in step: every command and option of {@code parkir} is in cli.md, every route of the
 * Server is in api.md's route index, and neither names one that does not exist.
 */
class ContractDocsTest {

    private static final Path CONTRACT = Path.of("..", "docs", "contract");
    /** An option name; one in quotes ({@code '--plat'}) is an example of a mistake, not an option. */
    private static final Pattern OPTION = Pattern.compile("(?<![\\w'-])--[a-z][a-z0-9-]*");

    private static final Pattern COMMAND = Pattern.compile("`parkir ([a-z][a-z-]*)");
    private static final Pattern INDEXED_ROUTE =
            Pattern.compile("^- `((?:GET|POST|PUT|PATCH|DELETE) /\\S+)`", Pattern.MULTILINE);
    private static final String ROUTE_INDEX = "\n## Route index\n";
    private static final Set<String> STANDARD_OPTIONS = Set.of("--help", "--version");

    @Test
    void cliMdNamesEveryCommandAndOptionAndNoOther() throws IOException {
        String doc = Files.readString(CONTRACT.resolve("cli.md"));
        Set<String> commands = new TreeSet<>();
        Set<String> options = new TreeSet<>();
        collect(ParkirCommand.newCommandLine(), commands, options);

        List<String> missing = new ArrayList<>();
        commands.stream().filter(c -> !doc.contains("parkir " + c)).forEach(c -> missing.add("parkir " + c));
        options.stream()
                .filter(o -> !STANDARD_OPTIONS.contains(o))
                .filter(o ->
                        !OPTION.matcher(doc).results().anyMatch(m -> m.group().equals(o)))
                .forEach(missing::add);
        assertThat(missing)
                .as("commands and options of `parkir` that cli.md does not describe")
                .isEmpty();

        Set<String> documentedOptions = new TreeSet<>();
        OPTION.matcher(doc).results().forEach(m -> documentedOptions.add(m.group()));
        documentedOptions.removeAll(options);
        assertThat(documentedOptions)
                .as("options cli.md names that no command has")
                .isEmpty();

        Set<String> documentedCommands = new TreeSet<>();
        COMMAND.matcher(doc).results().forEach(m -> documentedCommands.add(m.group(1)));
        documentedCommands.removeAll(commands);
        // A command announced in a "**Not yet:**" line may be named before it exists.
        doc.lines()
                .filter(line -> line.startsWith("**Not yet:**"))
                .forEach(line -> COMMAND.matcher(line).results().forEach(m -> documentedCommands.remove(m.group(1))));
        assertThat(documentedCommands)
                .as("commands cli.md names that `parkir` does not have")
                .isEmpty();
    }

    @Test
    void apiMdIndexesEveryRouteAndNoOther() throws IOException {
        String api = Files.readString(CONTRACT.resolve("api.md"));
        assertThat(api).contains(ROUTE_INDEX);
        String doc = api.substring(api.indexOf(ROUTE_INDEX));
        Set<String> indexed = new TreeSet<>();
        Matcher matcher = INDEXED_ROUTE.matcher(doc);
        while (matcher.find()) {
            indexed.add(matcher.group(1));
        }
        Set<String> routes;
        try (TestDatabase database = TestDatabases.h2();
                TestServer server = TestServer.start(database.config())) {
            routes = new TreeSet<>(server.server().routes());
        }

        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(indexed);
        assertThat(missing).as("routes missing from api.md's route index").isEmpty();
        Set<String> extra = new TreeSet<>(indexed);
        extra.removeAll(routes);
        assertThat(extra)
                .as("routes in api.md's index that the Server does not have")
                .isEmpty();
    }

    private static void collect(CommandLine command, Set<String> commands, Set<String> options) {
        for (OptionSpec option : command.getCommandSpec().options()) {
            options.add(option.longestName());
        }
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                commands.add(qualified(sub));
                collect(sub, commands, options);
            }
        });
    }

    private static String qualified(CommandLine command) {
        return command.getCommandSpec().qualifiedName(" ").substring("parkir ".length());
    }
}
