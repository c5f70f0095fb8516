package id.sistemparkir.client.device.printer;

import id.sistemparkir.client.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/** File names and crash-safe writes for the file printers (CONVENTIONS 10). */
final class OutputFiles {

    /**
     * Room for the longest signed ticket code (175 characters, format 2) within the 255-byte file name limit of common
     * file systems, with the prefix and extension.
     */
    private static final int MAX_NAME_PART = 180;

    private OutputFiles() {}

    /**
     * {@code <prefix>_<name>.<extension>} in {@code dir}, with every character of {@code name} outside
     * {@code [A-Za-z0-9_-]} replaced by {@code _} (a signed ticket code is kept as it is) and at most 180 of them.
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

    /** Crash-safe, like every file a lane writes; the print file keeps the default permissions (others may read). */
    static void writeAtomically(Path target, byte[] content) throws IOException {
        AtomicFiles.write(target, content);
    }
}
