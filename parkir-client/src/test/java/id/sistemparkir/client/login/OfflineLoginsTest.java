package id.sistemparkir.client.login;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.client.login.OfflineLogins.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineLoginsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dataDir;

    private OfflineLogins at(Instant now) {
        return new OfflineLogins(dataDir, Duration.ofDays(7), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void onlyTheRememberedUserWithTheSamePasswordIsAccepted() {
        at(T0).remember("Kasir1", "Rahasia-Kasir-1");
        OfflineLogins later = at(T0.plus(Duration.ofDays(3)));

        assertThat(later.check("kasir1", "Rahasia-Kasir-1")).isEqualTo(Verdict.ACCEPTED);
        assertThat(later.check(" KASIR1 ", "Rahasia-Kasir-1")).isEqualTo(Verdict.ACCEPTED);
        assertThat(later.check("kasir1", "rahasia-kasir-1")).isEqualTo(Verdict.UNKNOWN);
        assertThat(later.check("kasir2", "Rahasia-Kasir-1")).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void aLoginOlderThanTheValidityHasExpired() {
        at(T0).remember("kasir1", "Rahasia-Kasir-1");

        assertThat(at(T0.plus(Duration.ofDays(7))).check("kasir1", "Rahasia-Kasir-1"))
                .isEqualTo(Verdict.ACCEPTED);
        assertThat(at(T0.plus(Duration.ofDays(7)).plusSeconds(1)).check("kasir1", "Rahasia-Kasir-1"))
                .isEqualTo(Verdict.EXPIRED);
        at(T0.plus(Duration.ofDays(8))).remember("kasir1", "Rahasia-Kasir-1");
        assertThat(at(T0.plus(Duration.ofDays(9))).check("kasir1", "Rahasia-Kasir-1"))
                .isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void aForgottenUserIsUnknownAndOthersStay() {
        at(T0).remember("kasir1", "Rahasia-Kasir-1");
        at(T0).remember("kasir2", "Rahasia-Kasir-2");

        at(T0).forget("KASIR1");

        assertThat(at(T0).check("kasir1", "Rahasia-Kasir-1")).isEqualTo(Verdict.UNKNOWN);
        assertThat(at(T0).check("kasir2", "Rahasia-Kasir-2")).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void theFileIsOwnerOnlyAndHoldsNoPassword() throws Exception {
        at(T0).remember("kasir1", "Rahasia-Kasir-1");
        Path file = dataDir.resolve(OfflineLogins.FILE_NAME);

        assertThat(Files.readString(file)).contains("kasir1").doesNotContain("Rahasia");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void aDamagedFileLetsNobodyIn() throws Exception {
        at(T0).remember("kasir1", "Rahasia-Kasir-1");
        Path file = dataDir.resolve(OfflineLogins.FILE_NAME);
        Files.writeString(file, Files.readString(file).replace("120000", "1"));
        assertThat(at(T0).check("kasir1", "Rahasia-Kasir-1")).isEqualTo(Verdict.UNKNOWN);

        Files.writeString(file, "{not json");
        assertThat(at(T0).check("kasir1", "Rahasia-Kasir-1")).isEqualTo(Verdict.UNKNOWN);
    }
}
