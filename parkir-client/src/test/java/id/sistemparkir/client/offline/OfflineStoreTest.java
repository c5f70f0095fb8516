package id.sistemparkir.client.offline;

import static id.sistemparkir.client.offline.TestRecords.T0;
import static id.sistemparkir.client.offline.TestRecords.WIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.client.i18n.Message;
import id.sistemparkir.client.i18n.Messages;
import id.sistemparkir.core.contract.EntryRequest;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.testsupport.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline store of DESIGN §6: names, bodies, atomic writes, and what happens to files that are not right. */
class OfflineStoreTest {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final String UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TempDir
    Path dataDir;

    private MutableClock clock;
    private OfflineStore store;
    private Path offlineDir;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(T0.plus(Duration.ofHours(1)));
        store = new OfflineStore(dataDir, clock, WIB);
        offlineDir = dataDir.resolve("offline_data");
    }

    @Test
    void writesAnEntryAsTheRequestJsonPlusTheEnvelopeUnderTheContractName() throws Exception {
        UUID id = UUID.fromString("4f3a9c21-7425-40de-944b-e07fc1f90ae7");
        EntryRequest request = new EntryRequest(id, null, "B 1234 XYZ", VehicleType.MOBIL, "IN1", T0, true, false);

        PendingRecord saved = store.save(OfflineRecord.of(request));

        assertThat(saved.file().getParent()).isEqualTo(offlineDir);
        assertThat(saved.file().getFileName().toString())
                .matches("parking_entry_\\d{8}_\\d{6}_" + UUID_RE + "\\.json")
                .isEqualTo("parking_entry_20261125_080000_4f3a9c21-7425-40de-944b-e07fc1f90ae7.json");
        ObjectNode body = (ObjectNode) MAPPER.readTree(saved.file().toFile());
        assertThat(body.get("schema").intValue()).isEqualTo(1);
        assertThat(body.get("kind").textValue()).isEqualTo("entry");
        assertThat(body.get("attempts").intValue()).isZero();
        assertThat(body.path("lastError").isMissingNode()
                        || body.get("lastError").isNull())
                .isTrue();
        body.remove(List.of("schema", "kind", "attempts", "lastError"));
        assertThat(body).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(request)));
        assertThat(body.get("entryTime").textValue()).isEqualTo("2026-11-25T01:00:00Z");
        assertThat(listNames(offlineDir))
                .containsExactly(saved.file().getFileName().toString());
    }

    @Test
    void namesAnExitByItsExitTimeInTheStationZone() throws Exception {
        OfflineRecord exit = TestRecords.exitOf(UUID.randomUUID(), T0.plus(Duration.ofHours(17))); // 01:00 next day

        PendingRecord saved = store.save(exit);

        assertThat(saved.file().getFileName().toString())
                .isEqualTo("parking_exit_20261126_010000_" + exit.id() + ".json");
        ObjectNode body = (ObjectNode) MAPPER.readTree(saved.file().toFile());
        assertThat(body.get("kind").textValue()).isEqualTo("exit");
        body.remove(List.of("schema", "kind", "attempts", "lastError"));
        assertThat(body).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(exit.exit())));
        assertThat(store.pending()).containsExactly(saved);
    }

    @Test
    void savingTheSameRecordTwiceKeepsOneFile() throws Exception {
        OfflineRecord entry = TestRecords.entry(T0);
        store.save(entry);

        PendingRecord again = store.save(entry.withFailure("timeout"));

        assertThat(listNames(offlineDir)).hasSize(1);
        assertThat(store.pending()).singleElement().satisfies(pending -> {
            assertThat(pending.record().attempts()).isEqualTo(1);
            assertThat(pending.file()).isEqualTo(again.file());
        });
    }

    @Test
    void neverOverwritesADifferentRecordWithTheSameId() throws Exception {
        UUID id = UUID.randomUUID();
        PendingRecord first = store.save(TestRecords.entry(id, T0));
        byte[] before = Files.readAllBytes(first.file());

        assertThatThrownBy(() -> store.save(TestRecords.entry(id, T0.plusSeconds(60))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(id.toString());

        assertThat(listNames(offlineDir))
                .containsExactly(first.file().getFileName().toString());
        assertThat(Files.readAllBytes(first.file())).isEqualTo(before);
    }

    @Test
    void leavesNoTempFileBehind() throws Exception {
        store.save(TestRecords.entry(T0));
        store.savePhoto(UUID.randomUUID(), PhotoKind.MASUK, jpeg(1));

        try (Stream<Path> all = Files.walk(dataDir)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".tmp-"));
        }
    }

    @Test
    void aHalfWrittenTempFileFromACrashIsNeverRead() throws Exception {
        PendingRecord good = store.save(TestRecords.entry(T0));
        Path crashed = offlineDir.resolve(".tmp-1b2c-parking_entry_20261125_080500_" + UUID.randomUUID() + ".json");
        Files.writeString(crashed, "{\"schema\":1,\"kind\":\"entry\",\"attempts\":0,\"id\":\"4f3a");

        assertThat(store.pending()).containsExactly(good);
        assertThat(store.pendingCount()).isEqualTo(1);
        assertThat(crashed).exists();
        assertThat(offlineDir.resolve("rejected")).doesNotExist();
    }

    @Test
    void aCorruptFileIsMovedToRejectedWithAReasonAndTheOthersStay() throws Exception {
        PendingRecord good = store.save(TestRecords.entry(T0));
        String name = "parking_entry_20261125_081000_" + UUID.randomUUID() + ".json";
        Files.writeString(offlineDir.resolve(name), "{\"schema\":1,\"kind\":\"entry\",\"att");

        assertThat(store.pending()).containsExactly(good);

        Path rejected = offlineDir.resolve("rejected");
        assertThat(rejected.resolve(name)).hasContent("{\"schema\":1,\"kind\":\"entry\",\"att");
        assertThat(Files.readString(rejected.resolve(name + ".reason"))).contains("not a valid offline record");
        assertThat(offlineDir.resolve(name)).doesNotExist();
        assertThat(store.pending()).containsExactly(good);
    }

    @Test
    void aFileWhoseNameDoesNotMatchItsContentIsRejected() throws Exception {
        PendingRecord saved = store.save(TestRecords.entry(T0));
        Path renamed = offlineDir.resolve("parking_entry_20261125_080000_" + UUID.randomUUID() + ".json");
        Files.move(saved.file(), renamed);
        OfflineRecord exit = TestRecords.exitOf(UUID.randomUUID(), T0);
        Path wrongKind = offlineDir.resolve("parking_entry_20261125_080000_" + exit.id() + ".json");
        Files.write(wrongKind, MAPPER.writeValueAsBytes(exit));

        assertThat(store.pending()).isEmpty();

        Path rejected = offlineDir.resolve("rejected");
        assertThat(Files.readString(rejected.resolve(renamed.getFileName() + ".reason")))
                .contains("content is entry " + saved.id());
        assertThat(Files.readString(rejected.resolve(wrongKind.getFileName() + ".reason")))
                .contains("content is exit " + exit.id());
    }

    @Test
    void anIdThatIsNotACanonicalUuidIsRejectedWithoutTouchingAnyOtherPath() throws Exception {
        Files.createDirectories(offlineDir);
        UUID real = UUID.randomUUID();
        String valid = new String(MAPPER.writeValueAsBytes(TestRecords.entry(real, T0)), StandardCharsets.UTF_8);
        List<String> badNames = List.of(
                "parking_entry_20261125_080000_..%2F..%2Fx.json",
                "parking_entry_20261125_080000_..json",
                "parking_entry_20261125_080000_" + real.toString().toUpperCase() + ".json",
                "parking_entry_20261125_080000_1-2-3-4-5.json",
                "parking_entry_20261125_080000_.json",
                "entry_" + real + ".json");
        for (String name : badNames) {
            Files.writeString(offlineDir.resolve(name), valid);
        }

        assertThat(store.pending()).isEmpty();

        Path rejected = offlineDir.resolve("rejected");
        for (String name : badNames) {
            assertThat(rejected.resolve(name)).as(name).hasContent(valid);
            assertThat(rejected.resolve(name + ".reason")).as(name).exists();
        }
        try (Stream<Path> all = Files.walk(dataDir)) {
            assertThat(all.filter(Files::isRegularFile)
                            .map(p -> dataDir.relativize(p).getName(1).toString()))
                    .as("nothing outside offline_data/rejected")
                    .allMatch(first -> first.equals("rejected"));
        }
        assertThat(dataDir.resolve("Images")).doesNotExist();
    }

    @Test
    void anotherRejectedFileOfTheSameNameDoesNotOverwriteTheFirst() throws Exception {
        String name = "parking_entry_20261125_081000_" + UUID.randomUUID() + ".json";
        Files.createDirectories(offlineDir);
        Files.writeString(offlineDir.resolve(name), "first");
        store.pending();
        Files.writeString(offlineDir.resolve(name), "second");

        store.pending();

        Path rejected = offlineDir.resolve("rejected");
        assertThat(rejected.resolve(name)).hasContent("first");
        assertThat(rejected.resolve(name + ".1")).hasContent("second");
        assertThat(rejected.resolve(name + ".1.reason")).exists();
    }

    @Test
    void readsFromDiskEveryTime() throws Exception {
        PendingRecord first = store.save(TestRecords.entry(T0));
        OfflineRecord handWritten = TestRecords.entry(T0.plusSeconds(30));
        Path other = offlineDir.resolve("parking_entry_20261125_080030_" + handWritten.id() + ".json");
        Files.write(other, MAPPER.writeValueAsBytes(handWritten));
        Files.delete(first.file());

        assertThat(store.pending()).extracting(PendingRecord::id).containsExactly(handWritten.id());
    }

    @Test
    void recordFailureCountsOnTopOfWhatIsOnDisk() throws Exception {
        PendingRecord saved = store.save(TestRecords.entry(T0));
        Files.write(
                saved.file(),
                MAPPER.writeValueAsBytes(saved.record().withFailure("a").withFailure("b")));

        PendingRecord failed = store.recordFailure(saved, "HTTP 503: database down");

        assertThat(failed.record().attempts()).isEqualTo(3);
        OfflineRecord onDisk = MAPPER.readValue(saved.file().toFile(), OfflineRecord.class);
        assertThat(onDisk.attempts()).isEqualTo(3);
        assertThat(onDisk.lastError()).isEqualTo("HTTP 503: database down");
        assertThat(onDisk.entry()).isEqualTo(saved.record().entry());
    }

    @Test
    void refusesAPendingRecordThatPointsOutsideTheStore() throws Exception {
        PendingRecord saved = store.save(TestRecords.entry(T0));
        Path outside = dataDir.resolve("elsewhere").resolve(saved.file().getFileName());
        Files.createDirectories(outside.getParent());
        Files.copy(saved.file(), outside);

        assertThatThrownBy(() -> store.remove(new PendingRecord(outside, saved.record())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.remove(new PendingRecord(saved.file(), TestRecords.entry(T0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(outside).exists();
        assertThat(saved.file()).exists();
    }

    @Test
    void needsAttentionHoldsRefusedRecordsWithTheirReasonUntilRetried() throws Exception {
        PendingRecord refused = store.save(TestRecords.entry(T0));
        PendingRecord other = store.save(TestRecords.entry(T0.plusSeconds(5)));

        store.moveToNeedsAttention(refused, "refused by the server (HTTP 400 invalid_plate): bad plate");

        Path attention = offlineDir.resolve("needs-attention");
        Path moved = attention.resolve(refused.file().getFileName());
        assertThat(moved).exists();
        assertThat(Files.readString(attention.resolve(refused.file().getFileName() + ".reason")))
                .startsWith("refused by the server (HTTP 400 invalid_plate): bad plate\n");
        assertThat(store.pending()).containsExactly(other);
        assertThat(store.pendingCount()).isEqualTo(1);
        assertThat(store.needsAttention()).singleElement().satisfies(record -> {
            assertThat(record.id()).isEqualTo(refused.id());
            assertThat(record.record().attempts()).isEqualTo(1);
            assertThat(record.record().lastError()).contains("bad plate");
            assertThat(store.needsAttentionReason(record))
                    .contains(record.record().lastError());
        });

        store.retryNeedsAttention(refused.id());

        assertThat(store.needsAttention()).isEmpty();
        assertThat(store.pending()).extracting(PendingRecord::id).containsExactly(refused.id(), other.id());
        assertThat(listNames(attention)).isEmpty();
        assertThatThrownBy(() -> store.retryNeedsAttention(refused.id())).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void allNeedsAttentionRecordsCanBeRetriedAtOnce() {
        store.moveToNeedsAttention(store.save(TestRecords.entry(T0)), "refused");
        store.moveToNeedsAttention(store.save(TestRecords.entry(T0.plusSeconds(1))), "refused");

        assertThat(store.retryAllNeedsAttention()).isEqualTo(2);

        assertThat(store.needsAttention()).isEmpty();
        assertThat(store.pending())
                .hasSize(2)
                .allSatisfy(record -> assertThat(record.record().attempts()).isEqualTo(1));
    }

    @Test
    void aRecordThatNeedsAttentionCannotBeSavedAgainAsPending() {
        OfflineRecord entry = TestRecords.entry(T0);
        store.moveToNeedsAttention(store.save(entry), "refused");

        assertThatThrownBy(() -> store.save(entry)).isInstanceOf(IllegalStateException.class);
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void removeDeletesTheRecordButKeepsItsPhoto() throws Exception {
        PendingRecord saved = store.save(TestRecords.entry(T0));
        Path photo = store.savePhoto(saved.id(), PhotoKind.MASUK, jpeg(7));

        store.remove(saved);

        assertThat(saved.file()).doesNotExist();
        assertThat(photo).exists();
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void photosLiveInImagesMasukAndKeluar() throws Exception {
        UUID id = UUID.randomUUID();

        Path in = store.savePhoto(id, PhotoKind.MASUK, jpeg(1));
        Path out = store.savePhoto(id, PhotoKind.KELUAR, jpeg(2));
        store.savePhoto(id, PhotoKind.MASUK, jpeg(3));

        assertThat(in).isEqualTo(dataDir.resolve("Images/Masuk/" + id + ".jpg"));
        assertThat(out).isEqualTo(dataDir.resolve("Images/Keluar/" + id + ".jpg"));
        assertThat(store.photo(id, PhotoKind.MASUK)).contains(jpeg(3));
        assertThat(store.photo(id, PhotoKind.KELUAR)).contains(jpeg(2));
        assertThat(PhotoKind.MASUK.apiKind()).isEqualTo("IN");
        assertThat(PhotoKind.KELUAR.apiKind()).isEqualTo("OUT");

        store.removePhoto(id, PhotoKind.MASUK);

        assertThat(store.photo(id, PhotoKind.MASUK)).isEmpty();
        assertThat(store.photo(id, PhotoKind.KELUAR)).isPresent();
        assertThat(listNames(dataDir.resolve("Images/Masuk"))).isEmpty();
    }

    @Test
    void healthWarnsAboutAStuckQueueAndAFullDisk() {
        OfflineStore nearlyFull = new OfflineStore(dataDir, clock, WIB, path -> 150L * 1024 * 1024);
        nearlyFull.save(TestRecords.entry(T0));
        nearlyFull.save(TestRecords.entry(T0.plus(Duration.ofHours(2))));

        OutboxHealth fresh = nearlyFull.health();
        clock.advance(Duration.ofHours(24));
        OutboxHealth stuck = nearlyFull.health();

        assertThat(fresh.pending()).isEqualTo(2);
        assertThat(fresh.oldestAge()).contains(Duration.ofHours(1));
        assertThat(fresh.freeBytes()).isEqualTo(150L * 1024 * 1024);
        assertThat(fresh.warnings()).containsExactly(Message.of("outbox.warning.low_disk", 150L));
        assertThat(stuck.oldestAge()).contains(Duration.ofHours(25));
        assertThat(stuck.warnings())
                .containsExactly(
                        Message.of("outbox.warning.old_record", 25L), Message.of("outbox.warning.low_disk", 150L));
        assertThat(Messages.client(Language.EN).text(stuck.warnings().get(0)))
                .isEqualTo("The oldest offline record has waited 25 h: synchronise or check the server.");
        assertThat(Messages.client(Language.ID).text(stuck.warnings().get(1)))
                .isEqualTo("Sisa ruang disk hanya 150 MiB untuk data offline.");
    }

    @Test
    void aHealthyOutbox() {
        OutboxHealth health = new OfflineStore(dataDir, clock, WIB, path -> 10L << 30).health();

        assertThat(health.pending()).isZero();
        assertThat(health.needsAttention()).isZero();
        assertThat(health.oldestAge()).isEmpty();
        assertThat(health.warnings()).isEmpty();
        assertThat(health.healthy()).isTrue();
        assertThat(store.health().freeBytes()).isPositive();
    }

    private static byte[] jpeg(int marker) {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) marker};
    }

    private static List<String> listNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .toList();
        }
    }
}
