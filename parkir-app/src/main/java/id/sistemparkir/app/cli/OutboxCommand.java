package id.sistemparkir.app.cli;

import id.sistemparkir.client.LaneConfig;
import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.OutboxHealth;
import id.sistemparkir.client.offline.PendingRecord;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parkir outbox}: the records waiting in offline_data, and those that need attention. */
@Command(
        name = "outbox",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lists the offline records waiting to be synchronised, and those the server refused.")
final class OutboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LaneOptions lane;

    @picocli.CommandLine.Option(
            names = "--retry-attention",
            description = "Move every record that needs attention back into the queue (after fixing the cause).")
    boolean retryAttention;

    @Override
    public Integer call() {
        LaneConfig config = lane.config("ParkingIN");
        OfflineStore store = new OfflineStore(config.dataDir(), Clock.systemUTC(), config.zone());
        if (retryAttention) {
            spec.commandLine().getErr().println(store.retryAllNeedsAttention() + " data dikembalikan ke antrean.");
        }
        List<PendingRecord> pending = store.pending();
        List<PendingRecord> attention = store.needsAttention();
        OutboxHealth health = store.health();
        PrintWriter out = spec.commandLine().getOut();
        if (lane.json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("pending", pending.stream().map(OutboxCommand::row).toList());
            body.put(
                    "needsAttention", attention.stream().map(OutboxCommand::row).toList());
            body.put("warnings", health.warnings());
            LaneOutput.print(out, true, body, null);
            return 0;
        }
        out.println(pending.size() + " data offline menunggu sinkronisasi" + (pending.isEmpty() ? "." : ":"));
        pending.forEach(p -> out.println("  " + describe(p)));
        if (!attention.isEmpty()) {
            out.println(attention.size() + " data perlu perhatian (ditolak server):");
            attention.forEach(p -> out.println("  " + describe(p)));
        }
        health.warnings().forEach(w -> out.println("PERINGATAN: " + w));
        return 0;
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
        return p.kind() + " " + p.id() + "  " + p.file().getFileName() + "  percobaan "
                + p.record().attempts()
                + (p.record().lastError() == null
                        ? ""
                        : "  terakhir: " + p.record().lastError());
    }
}
