package id.sistemparkir.client.device.printer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** File names and crash-safe writes for the file printers (CONVENTIONS 10). */
final class OutputFiles {

    private static final int MAX_NAME_PART = 100;

    private OutputFiles() {}

    /**
     * {@code <prefix>_<name>.<extension>} in {@code dir}, with every character of {@code name} outside
     * {@code [A-Za-z0-9_-]} replaced by {@code _} (a signed ticket code is kept as it is) and at most 100 of them.
     */
    static Path target(Path dir, String prefix, String name, String extension) {
        return dir.resolve(prefix + "_" + sanitize(name) + "." + extension);
    }

    static String sanitize(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9_-]", "_");
        if (safe.length() > MAX_NAME_PART) {
            safe = safe.substring(0, MAX_NAME_PART);
        }
        return safe.isEmpty() ? "unnamed" : safe;
    }

    /** Writes a temporary file beside {@code target}, forces it to disk, then moves it over {@code target}. */
    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stick to the print file.
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
