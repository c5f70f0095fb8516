package id.sistemparkir.client.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sistemparkir.client.files.AtomicFiles;
import id.sistemparkir.core.contract.OfflineRecord;
import id.sistemparkir.core.json.Json;
import id.sistemparkir.core.text.Excerpt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One folder of record files ({@code offline_data/} or {@code offline_data/needs-attention/}), read from disk on
 * every call. A file that is not a readable record of the name it carries is moved to the {@code rejected/} folder
 * with a {@code .reason} file beside it: never deleted, never guessed at, never read again.
 */
final class RecordFolder {

    /** The server refuses bodies over 1 MiB (DESIGN §4), so a bigger file cannot be a record. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    static final int MAX_REASON_CHARS = 1000;

    private static final Logger log = LoggerFactory.getLogger(RecordFolder.class);

    private final Path dir;
    private final Path rejectedDir;
    private final Clock clock;

    RecordFolder(Path dir, Path rejectedDir, Clock clock) {
        this.dir = dir;
        this.rejectedDir = rejectedDir;
        this.clock = clock;
    }

    Path dir() {
        return dir;
    }

    /** Every readable record in the folder, in no particular order; unreadable ones are moved aside. */
    List<PendingRecord> readAll() throws IOException {
        List<PendingRecord> records = new ArrayList<>();
        for (Path file : candidateFiles()) {
            read(file).ifPresent(records::add);
        }
        return records;
    }

    /** The file of record {@code id} in this folder, by name only. */
    Optional<Path> find(UUID id) throws IOException {
        String idText = RecordIds.pathSegment(id);
        return candidateFiles().stream()
                .filter(file -> OfflineFileName.parse(file.getFileName().toString())
                        .filter(name -> name.idText().equals(idText))
                        .isPresent())
                .findFirst();
    }

    /** The names of the right shape with a valid id (a cheap count: nothing parsed, nothing moved). */
    List<OfflineFileName> names() throws IOException {
        List<OfflineFileName> names = new ArrayList<>();
        for (Path file : candidateFiles()) {
            OfflineFileName.parse(file.getFileName().toString())
                    .filter(OfflineFileName::hasValidId)
                    .ifPresent(names::add);
        }
        return names;
    }

    /** Reads one record file; moves it aside (and returns empty) when it is not a valid record of its name. */
    Optional<PendingRecord> read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        Optional<OfflineFileName> name = OfflineFileName.parse(fileName);
        if (name.isEmpty()) {
            reject(file, "the file name does not follow parking_<entry|exit>_YYYYMMDD_HHmmss_<id>.json");
            return Optional.empty();
        }
        if (!name.get().hasValidId()) {
            // Checked before anything else is done with it: the id never reaches a path (no photo looked up).
            reject(file, "the id in the file name is not a canonical lower-case UUID");
            return Optional.empty();
        }
        OfflineRecord record;
        try {
            Optional<byte[]> content = NoFollow.read(file, MAX_FILE_BYTES);
            if (content.isEmpty()) {
                reject(file, "the file is larger than any request the server accepts (1 MiB)");
                return Optional.empty();
            }
            record = Json.mapper().readValue(content.get(), OfflineRecord.class);
        } catch (NoSuchFileException e) {
            return Optional.empty(); // removed meanwhile, e.g. synced by another process: not an error
        } catch (NoFollow.NotARegularFileException e) {
            reject(file, e.getMessage());
            return Optional.empty();
        } catch (JsonProcessingException e) {
            // Never Jackson's own text: it quotes the content ("Unrecognized token 'root:x:0:0'").
            reject(file, "the content is not a valid offline record: " + NoFollow.where(e));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            reject(file, "the content is not a valid offline record: " + Excerpt.bound(e.getMessage(), 200));
            return Optional.empty();
        }
        Optional<String> badField = RecordFields.problem(record);
        if (badField.isPresent()) {
            reject(file, "the content is not a valid offline record: " + badField.get());
            return Optional.empty();
        }
        if (!record.kind().equals(name.get().kind())
                || !record.id().toString().equals(name.get().idText())) {
            reject(
                    file,
                    "the file name says " + name.get().kind() + " " + name.get().idText() + " but the content is "
                            + record.kind() + " " + record.id());
            return Optional.empty();
        }
        return Optional.of(new PendingRecord(file, record));
    }

    /**
     * Moves {@code file} into {@code rejected/} under a name no other file has, with {@code <name>.reason} beside it
     * (written first, so a crash between the two leaves the record where it was).
     */
    Path reject(Path file, String reason) throws IOException {
        Files.createDirectories(rejectedDir);
        Path target = freeName(file.getFileName().toString());
        AtomicFiles.write(reasonFile(target), reasonText(reason));
        AtomicFiles.move(file, target);
        log.warn("Offline file {} moved to {}: {}", file.getFileName(), target, reason);
        return target;
    }

    /** The {@code <name>.reason} file beside a moved file. */
    static Path reasonFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".reason");
    }

    /** The {@code <name>.reported} file beside a set-aside record: the server was told about it. */
    static Path reportedFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".reported");
    }

    /** The text of a {@code .reason} file: the reason on one line, then when it was written. */
    byte[] reasonText(String reason) {
        return (oneLine(reason) + "\n" + "at " + clock.instant() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One bounded line without control characters: a reason never carries what a hostile file or server said. */
    static String oneLine(String text) {
        return text == null
                ? "(no reason given)"
                : Excerpt.bound(text.replaceAll("[\\r\\n]+", " ").strip(), MAX_REASON_CHARS);
    }

    private Path freeName(String fileName) {
        Path target = rejectedDir.resolve(fileName);
        for (int n = 1;
                Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                        || Files.exists(reasonFile(target), LinkOption.NOFOLLOW_LINKS);
                n++) {
            target = rejectedDir.resolve(fileName + "." + n);
        }
        return target;
    }

    /**
     * The record files of the folder. A symbolic link (or any other non-regular entry) named like a record is never
     * followed: it is moved aside to {@code rejected/} at once, as the link itself.
     */
    private List<Path> candidateFiles() throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Path> named;
        try (Stream<Path> files = Files.list(dir)) {
            named = files.filter(file -> {
                        String fileName = file.getFileName().toString();
                        // Dot files are temp files being written (or left by a crash) and the sync lock.
                        return !fileName.startsWith(".") && fileName.endsWith(OfflineFileName.SUFFIX);
                    })
                    .sorted()
                    .toList();
        }
        List<Path> regular = new ArrayList<>();
        for (Path file : named) {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                regular.add(file);
            } else if (Files.isSymbolicLink(file)) {
                reject(file, NoFollow.LINK_REASON);
            } else if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                reject(file, NoFollow.NOT_REGULAR_REASON);
            }
        }
        return regular;
    }
}
