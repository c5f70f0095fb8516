package id.sistemparkir.client.offline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Reads of the offline store that never follow a symbolic link (issue 9): a link in {@code offline_data/} or {@code
 * Images/} could point at a record or a photo outside the data dir, or at {@code /etc/passwd}. The file is opened
 * with {@code O_NOFOLLOW} and checked to be a regular file from the same open, so a link swapped in between a check
 * and the read is refused too. Reasons name what the entry is, never what it holds.
 */
final class NoFollow {

    static final String LINK_REASON = "the entry is a symbolic link; links are never followed";
    static final String NOT_REGULAR_REASON = "the entry is not a regular file";

    /** The entry is a link or not a regular file. */
    static final class NotARegularFileException extends IOException {
        private static final long serialVersionUID = 1L;

        NotARegularFileException(String reason) {
            super(reason);
        }
    }

    private NoFollow() {}

    /**
     * The content of {@code file}, or empty when it is larger than {@code limit} bytes (only {@code limit + 1} bytes
     * are ever read, whatever its size).
     *
     * @throws NotARegularFileException when it is a symbolic link or not a regular file
     * @throws NoSuchFileException when it is gone
     */
    static Optional<byte[]> read(Path file, long limit) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new NotARegularFileException(LINK_REASON);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new NoSuchFileException(file.toString());
            }
            throw new NotARegularFileException(NOT_REGULAR_REASON);
        }
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (FileSystemException e) {
            // ELOOP: the name became a link after the check.
            if (Files.isSymbolicLink(file)) {
                throw new NotARegularFileException(LINK_REASON);
            }
            throw e;
        }
    }

    /** Where a JSON file went wrong (line, column), without quoting any of it: not even a field name it holds. */
    static String where(JsonProcessingException e) {
        StringBuilder out = new StringBuilder(
                e instanceof JsonMappingException
                        ? "a field is unknown, missing or has the wrong type"
                        : "not valid JSON of the offline record format");
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            out.append(" (line ")
                    .append(at.getLineNr())
                    .append(", column ")
                    .append(at.getColumnNr())
                    .append(')');
        }
        return out.toString();
    }
}
