package id.sistemparkir.client.offline;

import id.sistemparkir.client.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Vehicle photos of offline records: {@code Images/Masuk/<id>.jpg} and {@code Images/Keluar/<id>.jpg} (DESIGN §6). */
final class PhotoFiles {

    private final Path imagesDir;

    PhotoFiles(Path imagesDir) {
        this.imagesDir = imagesDir;
    }

    Path path(UUID id, PhotoKind kind) {
        Objects.requireNonNull(kind, "kind");
        return imagesDir.resolve(kind.folder()).resolve(RecordIds.pathSegment(id) + ".jpg");
    }

    Path save(UUID id, PhotoKind kind, byte[] jpeg) throws IOException {
        Objects.requireNonNull(jpeg, "jpeg");
        Path file = path(id, kind);
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, jpeg);
        return file;
    }

    /** Photos are at most this large (the server refuses more, DESIGN §4). */
    static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;

    /**
     * The photo's bytes, never through a symbolic link.
     *
     * @throws NoFollow.NotARegularFileException when the name is a link or not a regular file (to be moved aside)
     */
    Optional<byte[]> read(UUID id, PhotoKind kind) throws IOException {
        try {
            Optional<byte[]> bytes = NoFollow.read(path(id, kind), MAX_PHOTO_BYTES);
            if (bytes.isEmpty()) {
                throw new NoFollow.NotARegularFileException("the photo is larger than the server accepts (5 MiB)");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    void remove(UUID id, PhotoKind kind) throws IOException {
        AtomicFiles.delete(path(id, kind));
    }

    /** Ids of the photos stored for {@code kind}; names that are not a record id are left alone. */
    java.util.List<UUID> ids(PhotoKind kind) throws IOException {
        Path dir = imagesDir.resolve(kind.folder());
        if (!Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".jpg"))
                    .map(name -> name.substring(0, name.length() - 4))
                    .filter(RecordIds::isValid)
                    .map(UUID::fromString)
                    .toList();
        }
    }
}
