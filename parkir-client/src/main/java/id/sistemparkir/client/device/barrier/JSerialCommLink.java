package id.sistemparkir.client.device.barrier;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real serial port through jSerialComm: 8 data bits, 1 stop bit, no parity, no flow control; reads wait in
 * slices of {@value #READ_SLICE_MS} ms (semi-blocking), writes block up to {@value #WRITE_TIMEOUT_MS} ms (the write
 * timeout is honoured on Windows only, a jSerialComm limit).
 *
 * <p>Deliberately thin: it cannot be tested without hardware (or a virtual null-modem pair such as {@code socat} /
 * com0com), so all the logic lives in {@link SerialRelayBarrier}, tested with a fake link.
 */
public final class JSerialCommLink implements SerialLink {

    private static final Logger log = LoggerFactory.getLogger(JSerialCommLink.class);

    private static final int READ_SLICE_MS = 50;
    private static final int WRITE_TIMEOUT_MS = 1000;
    private static final int DATA_BITS = 8;
    private static final byte[] NOTHING = new byte[0];

    private final String portName;
    private final int baudRate;
    private volatile SerialPort port;

    public JSerialCommLink(String portName, int baudRate) {
        this.portName = Objects.requireNonNull(portName, "portName");
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, was " + baudRate);
        }
        this.baudRate = baudRate;
    }

    @Override
    public synchronized void open() throws DeviceException {
        if (isOpen()) {
            return;
        }
        SerialPort candidate;
        try {
            candidate = SerialPort.getCommPort(portName);
            candidate.setComPortParameters(baudRate, DATA_BITS, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
            candidate.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
            candidate.setComPortTimeouts(
                    SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                    READ_SLICE_MS,
                    WRITE_TIMEOUT_MS);
        } catch (SerialPortInvalidPortException e) {
            throw new DeviceException(DeviceKind.BARRIER, "Serial port " + portName + " does not exist", e);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: jSerialComm's native library could not be loaded on this machine.
            throw new DeviceException(
                    DeviceKind.BARRIER, "Serial port " + portName + " cannot be used: " + e.getMessage(), e);
        }
        if (!candidate.openPort()) {
            throw new DeviceException(
                    DeviceKind.BARRIER,
                    "Serial port " + portName + " cannot be opened (missing, in use by another program, or no"
                            + " permission)");
        }
        port = candidate;
        log.info("Opened serial port {} at {} baud, 8N1", portName, baudRate);
    }

    @Override
    public void write(byte[] bytes) throws DeviceException {
        SerialPort open = requireOpen();
        int written = open.writeBytes(bytes, bytes.length);
        if (written != bytes.length) {
            throw new DeviceException(
                    DeviceKind.BARRIER, "Serial port " + portName + ": write failed (cable or adapter disconnected?)");
        }
    }

    @Override
    public byte[] readAvailable(Duration timeout) throws DeviceException {
        SerialPort open = requireOpen();
        byte[] buffer = new byte[256];
        if (timeout.isZero() || timeout.isNegative()) {
            int available = open.bytesAvailable();
            if (available < 0) {
                throw disconnected();
            }
            return available == 0 ? NOTHING : copy(buffer, open.readBytes(buffer, Math.min(available, buffer.length)));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            int read = open.readBytes(buffer, buffer.length);
            if (read > 0 || read < 0) {
                return copy(buffer, read);
            }
        } while (System.nanoTime() - deadline < 0);
        return NOTHING;
    }

    @Override
    public boolean isOpen() {
        SerialPort current = port;
        return current != null && current.isOpen();
    }

    @Override
    public synchronized void close() {
        SerialPort current = port;
        port = null;
        if (current != null && current.closePort()) {
            log.info("Closed serial port {}", portName);
        }
    }

    private SerialPort requireOpen() throws DeviceException {
        SerialPort current = port;
        if (current == null || !current.isOpen()) {
            throw new DeviceException(DeviceKind.BARRIER, "Serial port " + portName + " is not open");
        }
        return current;
    }

    private byte[] copy(byte[] buffer, int read) throws DeviceException {
        if (read < 0) {
            throw disconnected();
        }
        return Arrays.copyOf(buffer, read);
    }

    private DeviceException disconnected() {
        return new DeviceException(
                DeviceKind.BARRIER, "Serial port " + portName + ": read failed (cable or adapter disconnected?)");
    }

    @Override
    public String toString() {
        return "JSerialCommLink[" + portName + " " + baudRate + " 8N1]";
    }
}
