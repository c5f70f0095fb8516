package id.sistemparkir.client.device.barrier;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A serial link in memory: records what is written and answers a ping with the configured reply chunks, like a
 * controller would. Switches let a test unplug it, make it mute or make writes fail.
 */
final class FakeSerialLink implements SerialLink {

    private final byte[] ping;
    private final List<byte[]> written = new ArrayList<>();
    private final BlockingQueue<byte[]> incoming = new LinkedBlockingQueue<>();
    final AtomicInteger opens = new AtomicInteger();

    volatile boolean open;
    volatile boolean answersPing = true;
    volatile boolean openFails;
    volatile boolean writeFails;
    volatile List<byte[]> pongChunks = List.of(ascii("PONG"));

    FakeSerialLink(SerialRelayConfig config) {
        this.ping = config.pingCommand();
    }

    @Override
    public void open() throws DeviceException {
        if (openFails) {
            throw new DeviceException(DeviceKind.BARRIER, "Serial port FAKE cannot be opened");
        }
        if (!open) {
            opens.incrementAndGet();
            open = true;
        }
    }

    @Override
    public void write(byte[] bytes) throws DeviceException {
        if (!open) {
            throw new DeviceException(DeviceKind.BARRIER, "Serial port FAKE is not open");
        }
        if (writeFails) {
            throw new DeviceException(DeviceKind.BARRIER, "Serial port FAKE: write failed");
        }
        synchronized (written) {
            written.add(bytes.clone());
        }
        if (answersPing && Arrays.equals(bytes, ping)) {
            incoming.addAll(pongChunks);
        }
    }

    @Override
    public byte[] readAvailable(Duration timeout) throws DeviceException {
        if (!open) {
            throw new DeviceException(DeviceKind.BARRIER, "Serial port FAKE is not open");
        }
        try {
            byte[] first = timeout.isZero() ? incoming.poll() : incoming.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (first == null) {
                return new byte[0];
            }
            return first; // one chunk per read, so a reply split in chunks arrives in several reads
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(DeviceKind.BARRIER, "interrupted", e);
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }

    /** Bytes arriving from the controller unasked (noise). */
    void receive(String text) {
        incoming.add(ascii(text));
    }

    /** Everything written, as text. */
    List<String> writtenText() {
        synchronized (written) {
            return written.stream()
                    .map(bytes -> new String(bytes, StandardCharsets.US_ASCII))
                    .toList();
        }
    }

    /** What was written apart from pings. */
    List<String> commands() {
        String pingText = new String(ping, StandardCharsets.US_ASCII);
        return writtenText().stream().filter(text -> !text.equals(pingText)).toList();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
