package id.sistemparkir.client.device.barrier;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * How to talk to a barrier relay or microcontroller over a serial line (8 data bits, no parity, 1 stop bit). Byte
 * arrays are copied in and out.
 *
 * @param portName e.g. {@code COM3} or {@code /dev/ttyUSB0}
 * @param baudRate e.g. 9600
 * @param openCommand bytes that raise the arm
 * @param closeCommand bytes that lower the arm
 * @param pingCommand bytes the watchdog sends
 * @param pongReply bytes the controller answers to a ping (searched for in what comes back)
 * @param pingInterval time between the end of one ping and the next
 * @param pingTimeout how long to wait for the reply before the barrier is in {@link BarrierState#FAULT}
 * @param autoCloseAfter after an open, lower the arm again after this long (a vehicle passed); zero: never
 */
public record SerialRelayConfig(
        String portName,
        int baudRate,
        byte[] openCommand,
        byte[] closeCommand,
        byte[] pingCommand,
        byte[] pongReply,
        Duration pingInterval,
        Duration pingTimeout,
        Duration autoCloseAfter) {

    public static final int DEFAULT_BAUD_RATE = 9600;
    public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(5);
    public static final Duration DEFAULT_PING_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration DEFAULT_AUTO_CLOSE = Duration.ofSeconds(10);

    public SerialRelayConfig {
        Objects.requireNonNull(portName, "portName");
        if (portName.isBlank()) {
            throw new IllegalArgumentException("serial port name must not be blank");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, was " + baudRate);
        }
        openCommand = nonEmptyCopy(openCommand, "openCommand");
        closeCommand = nonEmptyCopy(closeCommand, "closeCommand");
        pingCommand = nonEmptyCopy(pingCommand, "pingCommand");
        pongReply = nonEmptyCopy(pongReply, "pongReply");
        requirePositive(pingInterval, "pingInterval");
        requirePositive(pingTimeout, "pingTimeout");
        Objects.requireNonNull(autoCloseAfter, "autoCloseAfter");
        if (autoCloseAfter.isNegative()) {
            throw new IllegalArgumentException("autoCloseAfter must not be negative, was " + autoCloseAfter);
        }
    }

    /**
     * 9600 baud 8N1; {@code OPEN\n}, {@code CLOSE\n}, {@code PING\n} answered by {@code PONG}; a ping every 5 s
     * with 1 s to answer; the arm lowers 10 s after an open.
     */
    public static SerialRelayConfig defaults(String portName) {
        return new SerialRelayConfig(
                portName,
                DEFAULT_BAUD_RATE,
                ascii("OPEN\n"),
                ascii("CLOSE\n"),
                ascii("PING\n"),
                ascii("PONG"),
                DEFAULT_PING_INTERVAL,
                DEFAULT_PING_TIMEOUT,
                DEFAULT_AUTO_CLOSE);
    }

    public SerialRelayConfig withBaudRate(int newBaudRate) {
        return new SerialRelayConfig(
                portName,
                newBaudRate,
                openCommand,
                closeCommand,
                pingCommand,
                pongReply,
                pingInterval,
                pingTimeout,
                autoCloseAfter);
    }

    public SerialRelayConfig withPing(Duration newInterval, Duration newTimeout) {
        return new SerialRelayConfig(
                portName,
                baudRate,
                openCommand,
                closeCommand,
                pingCommand,
                pongReply,
                newInterval,
                newTimeout,
                autoCloseAfter);
    }

    public SerialRelayConfig withAutoCloseAfter(Duration newAutoCloseAfter) {
        return new SerialRelayConfig(
                portName,
                baudRate,
                openCommand,
                closeCommand,
                pingCommand,
                pongReply,
                pingInterval,
                pingTimeout,
                newAutoCloseAfter);
    }

    @Override
    public byte[] openCommand() {
        return openCommand.clone();
    }

    @Override
    public byte[] closeCommand() {
        return closeCommand.clone();
    }

    @Override
    public byte[] pingCommand() {
        return pingCommand.clone();
    }

    @Override
    public byte[] pongReply() {
        return pongReply.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SerialRelayConfig that
                && portName.equals(that.portName)
                && baudRate == that.baudRate
                && Arrays.equals(openCommand, that.openCommand)
                && Arrays.equals(closeCommand, that.closeCommand)
                && Arrays.equals(pingCommand, that.pingCommand)
                && Arrays.equals(pongReply, that.pongReply)
                && pingInterval.equals(that.pingInterval)
                && pingTimeout.equals(that.pingTimeout)
                && autoCloseAfter.equals(that.autoCloseAfter);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hash(portName, baudRate, pingInterval, pingTimeout, autoCloseAfter);
        hash = 31 * hash + Arrays.hashCode(openCommand);
        hash = 31 * hash + Arrays.hashCode(closeCommand);
        hash = 31 * hash + Arrays.hashCode(pingCommand);
        return 31 * hash + Arrays.hashCode(pongReply);
    }

    @Override
    public String toString() {
        return "SerialRelayConfig[" + portName + " " + baudRate + " 8N1, open=" + printable(openCommand) + ", close="
                + printable(closeCommand) + ", ping=" + printable(pingCommand) + "->" + printable(pongReply)
                + " every " + pingInterval + " within " + pingTimeout + ", autoCloseAfter=" + autoCloseAfter + "]";
    }

    /** Bytes as text with control characters escaped, e.g. {@code "OPEN\n"}. */
    static String printable(byte[] bytes) {
        StringBuilder out = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                out.append((char) c);
            } else {
                out.append(String.format(Locale.ROOT, "\\x%02X", c));
            }
        }
        return out.append('"').toString();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] nonEmptyCopy(byte[] bytes, String name) {
        Objects.requireNonNull(bytes, name);
        if (bytes.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return bytes.clone();
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
