package id.sistemparkir.client.device.barrier;

import static id.sistemparkir.client.device.barrier.FakeSerialLink.ascii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The whole barrier logic against a fake serial link. Watchdog rounds are run directly ({@code checkLink()}) where
 * the test is about what a round does, and on the real scheduler (with Awaitility) where it is about the timing.
 */
class SerialRelayBarrierTest {

    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");
    private static final SerialRelayConfig CONFIG = SerialRelayConfig.defaults("FAKE")
            .withPing(Duration.ofMillis(20), Duration.ofMillis(60))
            .withAutoCloseAfter(Duration.ZERO);

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(SerialRelayBarrier.class);

    @BeforeEach
    void captureLogs() {
        scheduler.setRemoveOnCancelPolicy(true);
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(logs);
        scheduler.shutdownNow();
    }

    @Test
    void writesTheConfiguredCommandsAndTracksTheState() throws Exception {
        FakeSerialLink link = new FakeSerialLink(CONFIG);
        SerialRelayBarrier barrier = barrier(link, CONFIG);
        assertThat(barrier.state()).isEqualTo(BarrierState.UNKNOWN);

        barrier.open("entry B 1234 XYZ");
        assertThat(barrier.state()).isEqualTo(BarrierState.OPEN);
        barrier.lower("manual");

        assertThat(barrier.state()).isEqualTo(BarrierState.CLOSED);
        assertThat(link.writtenText()).containsExactly("OPEN\n", "CLOSE\n");
        assertThat(link.opens).hasValue(1);
        assertThat(barrier.recentEvents())
                .containsExactly(
                        new BarrierEvent(NOW, BarrierState.OPEN, "entry B 1234 XYZ"),
                        new BarrierEvent(NOW, BarrierState.CLOSED, "manual"));
    }

    @Test
    void aPongKeepsTheStateAMissingPongIsAFaultLoggedOnceAndAPongRestoresIt() throws Exception {
        FakeSerialLink link = new FakeSerialLink(CONFIG);
        SerialRelayBarrier barrier = barrier(link, CONFIG);
        barrier.open("entry");

        barrier.checkLink();
        assertThat(barrier.state()).isEqualTo(BarrierState.OPEN);
        assertThat(link.writtenText()).containsExactly("OPEN\n", "PING\n");

        link.answersPing = false;
        barrier.checkLink();
        barrier.checkLink();
        barrier.checkLink();
        assertThat(barrier.state()).isEqualTo(BarrierState.FAULT);
        assertThat(warnings()).containsExactly("Barrier on FAKE is in FAULT: no reply to ping within 60 ms");

        link.answersPing = true;
        barrier.checkLink();
        assertThat(barrier.state()).isEqualTo(BarrierState.OPEN);
        assertThat(barrier.recentEvents())
                .extracting(BarrierEvent::state)
                .containsExactly(BarrierState.OPEN, BarrierState.FAULT, BarrierState.OPEN);
        assertThat(logs.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .contains("Barrier on FAKE answers again; state OPEN");
    }

    @Test
    void aPongSplitOverSeveralReadsOrAfterNoiseStillCounts() {
        FakeSerialLink link = new FakeSerialLink(CONFIG);
        link.pongChunks = List.of(ascii("xxPO"), ascii("N"), ascii("G\r\n"));
        SerialRelayBarrier barrier = barrier(link, CONFIG);

        barrier.checkLink();

        assertThat(barrier.state()).isEqualTo(BarrierState.UNKNOWN);
        assertThat(warnings()).isEmpty();
    }

    @Test
    void staleBytesFromBeforeThePingAreNotTakenForAPong() {
        FakeSerialLink link = new FakeSerialLink(CONFIG);
        link.open = true;
        link.answersPing = false;
        link.receive("PONG"); // left over from an earlier, late reply
        SerialRelayBarrier barrier = barrier(link, CONFIG);

        barrier.checkLink();

        assertThat(barrier.state()).isEqualTo(BarrierState.FAULT);
    }

    @Test
    void aPortThatCannotBeOpenedFailsTheCommandWithAClearMessage() {
        FakeSerialLink link = new FakeSerialLink(CONFIG);
        link.openFails = true;
        SerialRelayBarrier barrier = barrier(link, CONFIG);

        assertThatThrownBy(() -> barrier.open("entry"))
                .isInstanceOf(DeviceException.class)
                .hasMessage("Serial port FAKE cannot be opened")
                .satisfies(e -> assertThat(((DeviceException) e).kind()).isEqualTo(DeviceKind.BARRIER));
        assertThat(barrier.state()).isEqualTo(BarrierState.FAULT);
    }

    @Test
    void aFailedWriteClosesThePortAndTheNextRoundReopensIt() throws Exception {
        FakeSerialLink link = new FakeSerialLink(CONFIG);
        SerialRelayBarrier barrier = barrier(link, CONFIG);
        barrier.lower("start of shift");
        link.writeFails = true;

        assertThatThrownBy(() -> barrier.open("entry")).isInstanceOf(DeviceException.class);
        assertThat(barrier.state()).isEqualTo(BarrierState.FAULT);
        assertThat(link.isOpen()).isFalse();

        link.writeFails = false;
        barrier.checkLink();
        assertThat(link.opens).hasValue(2);
        assertThat(barrier.state()).isEqualTo(BarrierState.CLOSED);
    }

    @Test
    void aCommandIsStillSentWhileThePingFails() throws Exception {
        FakeSerialLink link = new FakeSerialLink(CONFIG);
        link.answersPing = false;
        SerialRelayBarrier barrier = barrier(link, CONFIG);
        barrier.checkLink();

        barrier.open("entry");

        assertThat(link.commands()).containsExactly("OPEN\n");
        assertThat(barrier.state()).isEqualTo(BarrierState.FAULT);
    }

    @Test
    void theWatchdogRunsOnTheSchedulerAndNoticesFaultAndRecovery() {
        FakeSerialLink link = new FakeSerialLink(CONFIG);
        SerialRelayBarrier barrier = barrier(link, CONFIG);

        barrier.start();
        await().atMost(Duration.ofSeconds(2)).until(() -> link.writtenText().size() >= 2);
        assertThat(link.opens).hasValue(1);
        assertThat(link.commands()).as("nothing but pings at start-up").isEmpty();
        assertThat(barrier.state()).isEqualTo(BarrierState.UNKNOWN);

        link.answersPing = false;
        await().atMost(Duration.ofSeconds(2)).until(() -> barrier.state() == BarrierState.FAULT);
        link.answersPing = true;
        await().atMost(Duration.ofSeconds(2)).until(() -> barrier.state() == BarrierState.UNKNOWN);
        assertThat(warnings()).hasSize(1);

        barrier.close();
        assertThat(link.isOpen()).isFalse();
        int written = link.writtenText().size();
        await().pollDelay(Duration.ofMillis(100)).until(() -> true);
        assertThat(link.writtenText()).as("no ping after close").hasSizeLessThanOrEqualTo(written + 1);
    }

    @Test
    void aPortMissingAtStartUpIsAFaultUntilItAppears() {
        FakeSerialLink link = new FakeSerialLink(CONFIG);
        link.openFails = true;
        SerialRelayBarrier barrier = barrier(link, CONFIG);

        barrier.start();
        await().atMost(Duration.ofSeconds(2)).until(() -> barrier.state() == BarrierState.FAULT);
        link.openFails = false;

        await().atMost(Duration.ofSeconds(2)).until(() -> barrier.state() == BarrierState.UNKNOWN);
        assertThat(warnings()).containsExactly("Barrier on FAKE is in FAULT: Serial port FAKE cannot be opened");
    }

    @Test
    void theArmLowersItselfAfterTheVehiclePassed() throws Exception {
        SerialRelayConfig config = CONFIG.withAutoCloseAfter(Duration.ofMillis(100));
        FakeSerialLink link = new FakeSerialLink(config);
        SerialRelayBarrier barrier = barrier(link, config);

        barrier.open("entry");

        assertThat(barrier.state()).isEqualTo(BarrierState.OPEN);
        await().atMost(Duration.ofSeconds(2)).until(() -> barrier.state() == BarrierState.CLOSED);
        assertThat(link.commands()).containsExactly("OPEN\n", "CLOSE\n");
        assertThat(barrier.recentEvents().get(1).reason()).isEqualTo("auto-close after 100 ms");
    }

    @Test
    void aNewOpenRestartsTheAutoCloseAndLoweringByHandCancelsIt() throws Exception {
        SerialRelayConfig config = CONFIG.withAutoCloseAfter(Duration.ofMinutes(1));
        SerialRelayBarrier barrier = barrier(new FakeSerialLink(config), config);

        barrier.open("entry 1");
        barrier.open("entry 2");
        assertThat(scheduler.getQueue()).as("one pending auto-close").hasSize(1);

        barrier.lower("manual");
        assertThat(scheduler.getQueue()).isEmpty();
    }

    @Test
    void noAutoCloseWhenConfiguredToZero() throws Exception {
        SerialRelayBarrier barrier = barrier(new FakeSerialLink(CONFIG), CONFIG);

        barrier.open("entry");

        assertThat(scheduler.getQueue()).isEmpty();
        assertThat(barrier.state()).isEqualTo(BarrierState.OPEN);
    }

    @Test
    void afterCloseCommandsFailAndTheArmIsLeftAlone() throws Exception {
        FakeSerialLink link = new FakeSerialLink(CONFIG);
        SerialRelayBarrier barrier = barrier(link, CONFIG);
        barrier.open("entry");

        barrier.close();
        barrier.close();

        assertThat(link.commands()).containsExactly("OPEN\n");
        assertThatThrownBy(() -> barrier.lower("late")).hasMessage("Barrier on FAKE is shut down");
        assertThatThrownBy(barrier::start).isInstanceOf(IllegalStateException.class);
    }

    private SerialRelayBarrier barrier(FakeSerialLink link, SerialRelayConfig config) {
        return new SerialRelayBarrier(link, config, scheduler, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private List<String> warnings() {
        return logs.list.stream()
                .filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }
}
