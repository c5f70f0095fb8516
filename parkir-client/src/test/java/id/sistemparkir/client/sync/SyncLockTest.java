package id.sistemparkir.client.sync;

import static id.sistemparkir.client.offline.TestRecords.T0;
import static id.sistemparkir.client.offline.TestRecords.WIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.client.offline.OfflineStore;
import id.sistemparkir.client.offline.TestRecords;
import id.sistemparkir.server.testsupport.MutableClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One sync per data dir, across threads and across processes. */
class SyncLockTest {

    @TempDir
    Path dataDir;

    @Test
    void oneHolderAtATimeInThisProcess() {
        Optional<SyncLock> first = SyncLock.tryAcquire(dataDir);
        assertThat(first).isPresent();

        assertThat(SyncLock.tryAcquire(dataDir)).isEmpty();
        assertThat(SyncLock.tryAcquire(
                        dataDir.resolve(".").resolve("offline_data").resolve("..")))
                .as("the same dir spelled otherwise")
                .isEmpty();

        first.get().close();
        try (SyncLock again = SyncLock.tryAcquire(dataDir).orElseThrow()) {
            assertThat(dataDir.resolve("offline_data/.sync.lock")).exists();
        }
        assertThat(dataDir.resolve("offline_data/.sync.lock"))
                .as("never deleted")
                .exists();
    }

    @Test
    void aLockHeldByAnotherProcessStopsASyncHere() throws Exception {
        OfflineStore store = new OfflineStore(dataDir, new MutableClock(T0), WIB);
        store.save(TestRecords.entry(T0));
        SyncEngine engine = new SyncEngine(store, new FakeServer(), dataDir, new MutableClock(T0));
        Process holder = start("hold");
        try (BufferedReader out = reader(holder)) {
            assertThat(out.readLine()).isEqualTo("LOCKED");

            assertThat(SyncLock.tryAcquire(dataDir)).isEmpty();
            assertThatThrownBy(engine::syncAll).isInstanceOf(SyncInProgressException.class);
            assertThat(store.pendingCount()).isEqualTo(1);

            holder.getOutputStream().close();
            assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }
        assertThat(engine.syncAll().created()).isEqualTo(1);
    }

    @Test
    void aRefusedSecondAttemptInThisProcessDoesNotReleaseTheLockForOthers() throws Exception {
        try (SyncLock held = SyncLock.tryAcquire(dataDir).orElseThrow()) {
            assertThat(SyncLock.tryAcquire(dataDir)).isEmpty();

            assertThat(probe()).isEqualTo("BUSY");
        }
        assertThat(probe()).isEqualTo("FREE");
    }

    private String probe() throws Exception {
        Process process = start("probe");
        try (BufferedReader out = reader(process)) {
            String answer = out.readLine();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            return answer;
        } finally {
            process.destroyForcibly();
        }
    }

    private Process start(String mode) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classPath);
        command.add(LockProbe.class.getName());
        command.add(mode);
        command.add(dataDir.toString());
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
