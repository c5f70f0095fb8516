package id.sistemparkir.server.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backup folder: names carry their UTC time ({@code parkir-backup-20261201T020000123Z.zip}), and only names of
 * that exact shape are ever turned into paths (a name from a request or a command line is checked first).
 */
public final class BackupFiles {

    static final Pattern NAME = Pattern.compile("parkir-backup-(\\d{8}T\\d{9}Z)\\.zip");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;

    public BackupFiles(Path dataDir) {
        this.folder = dataDir.toAbsolutePath().normalize().resolve("backups");
    }

    public Path folder() {
        return folder;
    }

    Path newFile(Instant at) {
        return folder.resolve("parkir-backup-" + STAMP.format(at) + ".zip");
    }

    /** The file of a backup name, or empty when the name is not one of ours (never a path outside the folder). */
    public Optional<Path> resolve(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.toList()) {
                createdAt(path.getFileName().toString())
                        .ifPresent(at ->
                                files.add(new BackupFile(path.getFileName().toString(), size(path), at)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(BackupFile::createdAt).reversed());
        return files;
    }

    static Optional<Instant> createdAt(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(STAMP.parse(m.group(1), Instant::from));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }
}
