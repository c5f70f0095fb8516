package id.sistemparkir.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.server.http.ApiException;
import id.sistemparkir.server.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String LANE_A = "10.0.0.11";
    private static final String OFFICE = "10.0.0.99";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private final ExecutorService threads = Executors.newFixedThreadPool(12);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void manySimultaneousCorrectLoginsOfOneAccountAllGetIn() throws Exception {
        // Issue 9 item 6a: lanes sharing an account logged in at once and got 429 from a healthy server.
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Void>> logins = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            logins.add(CompletableFuture.runAsync(
                    () -> {
                        await(go);
                        LoginThrottle.Attempt attempt = throttle.begin("kasir", LANE_A);
                        sleep(20); // Argon2 takes its time
                        attempt.succeeded();
                    },
                    threads));
        }
        go.countDown();
        CompletableFuture.allOf(logins.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    }

    @Test
    void fiveFailuresSlowThatUserFromThatAddressOnly() {
        failTimes("admin", LANE_A, 5);

        assertRefused("admin", LANE_A, "in 30 seconds.");
        // Item 6c: the owner at another keyboard is not locked out by someone guessing elsewhere.
        throttle.begin("admin", OFFICE).succeeded();
        throttle.begin("siti", LANE_A).succeeded();
    }

    @Test
    void theWaitDoublesWithEveryFurtherFailure() {
        failTimes("admin", LANE_A, 5);
        clock.advance(Duration.ofSeconds(30));
        throttle.begin("admin", LANE_A).failed();
        assertRefused("admin", LANE_A, "in 60 seconds.");

        clock.advance(Duration.ofSeconds(60));
        throttle.begin("admin", LANE_A).failed();
        assertRefused("admin", LANE_A, "in 120 seconds.");
        assertThat(LoginThrottle.delay(40)).isEqualTo(LoginThrottle.MAX_DELAY);
    }

    @Test
    void failuresLeaveTheWindow() {
        failTimes("admin", LANE_A, 5);
        clock.advance(LoginThrottle.DEFAULT_WINDOW.plusSeconds(1));
        throttle.begin("admin", LANE_A).succeeded();
    }

    @Test
    void sprayingOnePasswordOverManyUsernamesIsSlowedPerAddress() {
        // Item 6b: counting per username only never slowed a spray.
        for (int i = 0; i < LoginThrottle.DEFAULT_ADDRESS_FAILURES; i++) {
            throttle.begin("user" + i, LANE_A).failed();
        }
        assertRefused("someone.new", LANE_A, "from your address");
        throttle.begin("someone.new", OFFICE).succeeded();
    }

    @Test
    void aSuccessClearsThatUsersFailuresFromThatAddress() {
        failTimes("budi", LANE_A, 4);
        throttle.begin("budi", LANE_A).succeeded();

        failTimes("budi", LANE_A, 4);
        throttle.begin("budi", LANE_A).failed();
        assertRefused("budi", LANE_A, "try again in");
    }

    @Test
    void parallelGuessesCannotSlipPastTheBudget() throws Exception {
        List<LoginThrottle.Attempt> judging = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            judging.add(throttle.begin("budi", LANE_A));
        }
        CompletableFuture<LoginThrottle.Attempt> sixth =
                CompletableFuture.supplyAsync(() -> throttle.begin("budi", LANE_A), threads);
        sleep(200);
        assertThat(sixth).as("waits for the five being judged").isNotDone();

        judging.forEach(LoginThrottle.Attempt::failed);

        assertThatThrownBy(() -> sixth.get(10, TimeUnit.SECONDS))
                .cause()
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(429));
    }

    @Test
    void anAbandonedAttemptCountsNeitherWay() {
        for (int i = 0; i < 10; i++) {
            throttle.begin("budi", LANE_A).abandoned();
        }
        failTimes("budi", LANE_A, 4);
        throttle.begin("budi", LANE_A).succeeded();
    }

    private void failTimes(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.begin(user, address).failed();
        }
    }

    private void assertRefused(String user, String address, String messagePart) {
        assertThatThrownBy(() -> throttle.begin(user, address))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.error()).isEqualTo("too_many_attempts");
                })
                .hasMessageContaining(messagePart);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
