package id.sistemparkir.client.device.printer;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A network thermal printer speaking ESC/POS on a raw TCP port (usually 9100, "JetDirect"). One connection per
 * ticket or receipt; connecting is bounded by {@code timeout}.
 *
 * <p>Limits, by design of raw port 9100: the printer does not acknowledge a job, so "sent" is not "printed" — paper
 * out or an open cover are not detected here.
 */
public final class EscPosPrinter implements TicketPrinter {

    private static final Logger log = LoggerFactory.getLogger(EscPosPrinter.class);

    private final String host;
    private final int port;
    private final Duration timeout;
    private final PrintLayouts layouts;
    private final EscPosEncoder encoder = new EscPosEncoder();

    /**
     * @param host the printer's host name or IP address
     * @param port its raw printing port, usually 9100
     * @param timeout the limit for connecting and for each blocking socket operation, e.g. 3 s
     * @param zone the zone for printed times
     */
    public EscPosPrinter(String host, int port, Duration timeout, ZoneId zone) {
        this.host = Objects.requireNonNull(host, "host");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.layouts = new PrintLayouts(zone);
        if (host.isBlank()) {
            throw new IllegalArgumentException("printer host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("printer port must be 1-65535, was " + port);
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("printer timeout must be positive, was " + timeout);
        }
        this.port = port;
    }

    @Override
    public void printTicket(EntryTicket ticket) throws DeviceException {
        send(encoder.encode(layouts.ticket(ticket)), "ticket");
    }

    @Override
    public void printReceipt(ExitReceipt receipt) throws DeviceException {
        send(encoder.encode(layouts.receipt(receipt)), "receipt");
    }

    @Override
    public void printShiftReport(ShiftReport report) throws DeviceException {
        send(encoder.encode(layouts.shiftReport(report)), "shift report");
    }

    private void send(byte[] job, String what) throws DeviceException {
        int millis = (int) timeout.toMillis();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), millis);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            out.write(job);
            out.flush();
            socket.shutdownOutput();
        } catch (UnknownHostException e) {
            throw failure("Printer host " + host + " is unknown; check the name or use its IP address", e);
        } catch (ConnectException e) {
            throw failure("Printer " + name() + " is not reachable (" + e.getMessage() + ")", e);
        } catch (SocketTimeoutException e) {
            throw failure("Printer " + name() + " did not answer within " + millis + " ms", e);
        } catch (IOException e) {
            throw failure("Printer " + name() + " failed: " + e.getMessage(), e);
        }
        log.info("Sent a {} ({} bytes) to printer {}:{}", what, job.length, host, port);
    }

    private static DeviceException failure(String message, IOException cause) {
        return new DeviceException(DeviceKind.PRINTER, message, cause);
    }

    private String name() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        return "EscPosPrinter[" + name() + "]";
    }
}
