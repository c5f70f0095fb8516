package id.sistemparkir.app.cli;

import ch.qos.logback.classic.Level;
import id.sistemparkir.app.logging.FileLogging;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.OutboxHealth;
import id.sistemparkir.client.offline.PendingRecord;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parkir outbox}: the records waiting in offline_data, those that need attention, and those set aside. */
@Command(
        name = "outbox",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Lists the offline records waiting to be synchronised, those the server refused (needs attention)",
            "and those set aside. Works on the station's folder only: no server, no login."
        })
final class OutboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StationOptions where;

    @Option(
            names = "--retry-attention",
            description = "Move every record that needs attention back into the queue (after fixing the cause).")
    boolean retryAttention;

    @Option(
            names = "--set-aside",
            paramLabel = "FILE",
            description =
                    "Set a record that needs attention aside for good (file name or id as listed); needs --reason.")
    String setAside;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the record is set aside (kept beside it).")
    String reason;

    @Override
    public Integer call() {
        Path dataDir = where.resolveDataDir();
        OfflineStore store = new OfflineStore(dataDir, Clock.systemUTC(), where.zone);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (setAside != null) {
            return setAside(store, dataDir, err);
        }
        if (retryAttention) {
            err.println(LaneText.text("cli.outbox.retried", store.retryAllNeedsAttention()));
        }
        List<PendingRecord> pending = store.pending();
        List<PendingRecord> attention = store.needsAttention();
        List<PendingRecord> asideRecords = store.setAsideRecords();
        OutboxHealth health = store.health();
        if (where.json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("dataDir", dataDir.toString());
            body.put("pending", pending.stream().map(OutboxCommand::row).toList());
            body.put(
                    "needsAttention", attention.stream().map(OutboxCommand::row).toList());
            body.put("setAside", asideRecords.stream().map(OutboxCommand::row).toList());
            body.put("warnings", health.warnings().stream().map(LaneText::of).toList());
            LaneOutput.print(out, true, body, null);
            return CliError.OK;
        }
        out.println(LaneText.text("cli.outbox.data_dir", dataDir));
        out.println(LaneText.text("cli.outbox.pending", pending.size()));
        pending.forEach(p -> out.println("  " + describe(p)));
        if (!attention.isEmpty()) {
            out.println(LaneText.text("cli.outbox.attention", attention.size()));
            attention.forEach(p -> out.println("  " + describe(p)));
        }
        if (!asideRecords.isEmpty()) {
            out.println(LaneText.text("cli.outbox.set_aside_list", asideRecords.size()));
            asideRecords.forEach(p -> out.println("  " + describe(p)));
        }
        health.warnings().forEach(w -> out.println(LaneText.text("cli.outbox.warning", LaneText.of(w))));
        return CliError.OK;
    }

    private int setAside(OfflineStore store, Path dataDir, PrintWriter err) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(LaneText.text("cli.outbox.set_aside_needs_reason"));
        }
        PendingRecord record = store.needsAttention().stream()
                .filter(p -> p.file().getFileName().toString().equals(setAside)
                        || p.id().toString().equals(setAside))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException(LaneText.text("cli.outbox.set_aside_unknown", setAside)));
        // Logged to lane.log, where the back office looks for why a record never reached the server.
        FileLogging.toDirectory(dataDir.resolve("logs"), "lane");
        FileLogging.consoleAtLeast(Level.ERROR);
        PendingRecord moved = store.setAside(record.id(), reason);
        String message = LaneText.text(
                "cli.outbox.set_aside", moved.file().getFileName(), moved.file().getParent(), reason.strip());
        if (where.json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("setAside", row(moved));
            body.put("reason", reason.strip());
            LaneOutput.print(spec.commandLine().getOut(), true, body, null);
        } else {
            spec.commandLine().getOut().println(message);
        }
        return CliError.OK;
    }

    private static Map<String, Object> row(PendingRecord p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", p.id());
        row.put("kind", p.kind());
        row.put("file", p.file().getFileName().toString());
        row.put("attempts", p.record().attempts());
        row.put("lastError", p.record().lastError());
        return row;
    }

    private static String describe(PendingRecord p) {
        return LaneText.text(
                        "cli.outbox.row",
                        p.kind(),
                        p.id(),
                        p.file().getFileName(),
                        p.record().attempts())
                + (p.record().lastError() == null
                        ? ""
                        : LaneText.text("cli.outbox.last_error", p.record().lastError()));
    }
}
