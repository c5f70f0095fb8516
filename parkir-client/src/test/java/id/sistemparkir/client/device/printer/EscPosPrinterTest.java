package id.sistemparkir.client.device.printer;

import static id.sistemparkir.client.device.printer.EscPosEncoderTest.indexOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.client.device.DeviceException;
import id.sistemparkir.client.device.DeviceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a local socket standing in for the printer's port 9100. */
class EscPosPrinterTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private ServerSocket fakePrinter;
    private CompletableFuture<byte[]> received;

    @BeforeEach
    void listen() throws IOException {
        fakePrinter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        fakePrinter.setSoTimeout(5_000);
        received = CompletableFuture.supplyAsync(() -> {
            try (Socket client = fakePrinter.accept();
                    InputStream in = client.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @AfterEach
    void close() throws IOException {
        fakePrinter.close();
    }

    @Test
    void ticketIsInitTextQrCodeFeedAndCut() throws Exception {
        printer().printTicket(Samples.ticket(true));

        byte[] job = received.get(5, TimeUnit.SECONDS);
        assertThat(Arrays.copyOf(job, 2)).containsExactly(0x1B, '@');
        assertThat(Arrays.copyOfRange(job, job.length - 3, job.length)).containsExactly(0x1D, 'V', 1);
        byte[] code = Samples.CODE.getBytes(StandardCharsets.US_ASCII);
        int store = indexOf(job, EscPosEncoder.qrStore(code));
        assertThat(store).isPositive();
        assertThat(indexOf(job, new byte[] {0x1D, '(', 'k', 4, 0, '1', 'A', '2', 0}))
                .as("model 2 before the store")
                .isPositive()
                .isLessThan(store);
        assertThat(indexOf(job, new byte[] {0x1D, '(', 'k', 3, 0, '1', 'E', '1'}))
                .as("error correction M")
                .isPositive();
        assertThat(indexOf(job, new byte[] {0x1D, '(', 'k', 3, 0, '1', 'Q', '0'}))
                .as("print after the store")
                .isGreaterThan(store);
        String text = new String(job, StandardCharsets.US_ASCII);
        assertThat(text)
                .contains("TIKET PARKIR")
                .contains("B 1234 XYZ")
                .contains("*** OFFLINE ***")
                .contains("MOBIL - IN1 - 25-11-2026 08:00")
                .contains("9WX9-R880");
        // Apart from the QR store command (its length bytes may exceed 127), only 7-bit bytes.
        byte[] storeCommand = EscPosEncoder.qrStore(code);
        for (int i = 0; i < job.length; i++) {
            if (i < store || i >= store + storeCommand.length) {
                assertThat(job[i]).as("7-bit bytes only").isGreaterThanOrEqualTo((byte) 0);
            }
        }
    }

    @Test
    void receiptHasAmountsAndNoQrCode() throws Exception {
        printer().printReceipt(Samples.receipt(11_000, 20_000, false));

        byte[] job = received.get(5, TimeUnit.SECONDS);
        String text = new String(job, StandardCharsets.US_ASCII);
        assertThat(text).contains("STRUK PARKIR").contains("Rp 11.000").contains("Kembali");
        assertThat(indexOf(job, new byte[] {0x1D, '(', 'k'})).isNegative();
        assertThat(Arrays.copyOfRange(job, job.length - 3, job.length)).containsExactly(0x1D, 'V', 1);
    }

    @Test
    void aRefusedConnectionFailsQuicklyWithAClearMessage() throws Exception {
        int port = fakePrinter.getLocalPort();
        fakePrinter.close();
        EscPosPrinter printer = new EscPosPrinter("127.0.0.1", port, TIMEOUT, Samples.JAKARTA);
        long started = System.nanoTime();

        assertThatThrownBy(() -> printer.printTicket(Samples.ticket(false)))
                .isInstanceOf(DeviceException.class)
                .hasMessageStartingWith("Printer 127.0.0.1:" + port + " is not reachable")
                .satisfies(e -> assertThat(((DeviceException) e).kind()).isEqualTo(DeviceKind.PRINTER));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT);
    }

    @Test
    void anUnknownHostIsNamed() {
        EscPosPrinter printer = new EscPosPrinter("printer.invalid", 9100, TIMEOUT, Samples.JAKARTA);

        assertThatThrownBy(() -> printer.printTicket(Samples.ticket(false)))
                .isInstanceOf(DeviceException.class)
                .hasMessageContaining("printer.invalid");
    }

    @Test
    void refusesUnusableSettings() {
        assertThatThrownBy(() -> new EscPosPrinter("", 9100, TIMEOUT, Samples.JAKARTA))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscPosPrinter("p", 0, TIMEOUT, Samples.JAKARTA))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscPosPrinter("p", 9100, Duration.ZERO, Samples.JAKARTA))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private EscPosPrinter printer() {
        return new EscPosPrinter("127.0.0.1", fakePrinter.getLocalPort(), TIMEOUT, Samples.JAKARTA);
    }
}
