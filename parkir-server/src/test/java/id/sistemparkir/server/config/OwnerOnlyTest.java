package id.sistemparkir.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.sistemparkir.server.db.DatabaseConfig;
import id.sistemparkir.server.testsupport.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 item 9: the H2 database file was 0644 and holds password hashes and the ticket signing key. */
class OwnerOnlyTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(OwnerOnly.supported(), "no POSIX permissions on this platform");
    }

    @Test
    void theServersDataDirAndEveryFileInItAreOwnerOnly() throws IOException {
        Path old = Files.createDirectories(dataDir.resolve("logs")).resolve("server.log");
        Files.writeString(old, "a log line");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        ServerConfig config = ServerConfig.of(0, DatabaseConfig.embeddedH2(dataDir), dataDir, Optional.empty());

        try (TestServer server = TestServer.start(config, Clock.systemUTC())) {
            List<Path> entries;
            try (Stream<Path> walk = Files.walk(dataDir)) {
                entries = walk.toList();
            }
            assertThat(entries).anyMatch(p -> p.getFileName().toString().endsWith(".mv.db"));
            assertThat(entries).anyMatch(p -> p.getFileName().toString().equals("initial-admin-password.txt"));
            for (Path entry : entries) {
                String expected = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? "rwx------" : "rw-------";
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entry)))
                        .as(entry.toString())
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void linksAreNeitherFollowedNorChanged() throws IOException {
        Path outside = Files.createTempFile("parkir-outside-", ".txt");
        Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createSymbolicLink(dataDir.resolve("link"), outside);

        OwnerOnly.restrict(dataDir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outside)))
                .isEqualTo("rw-r--r--");
        Files.delete(outside);
    }
}
