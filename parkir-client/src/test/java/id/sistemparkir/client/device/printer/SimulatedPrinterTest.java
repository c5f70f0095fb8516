package id.sistemparkir.client.device.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.client.device.DeviceException;
import org.junit.jupiter.api.Test;

class SimulatedPrinterTest {

    @Test
    void remembersWhatItPrinted() throws Exception {
        SimulatedPrinter printer = new SimulatedPrinter(Samples.JAKARTA);

        printer.printTicket(Samples.ticket(false));
        printer.printReceipt(Samples.receipt(11_000, 20_000, false));

        assertThat(printer.tickets()).containsExactly(Samples.ticket(false));
        assertThat(printer.receipts()).containsExactly(Samples.receipt(11_000, 20_000, false));
        assertThat(printer.printedText()).hasSize(2);
        assertThat(printer.printedText().get(0)).contains("TIKET PARKIR").contains("[QR " + Samples.CODE + "]");
    }

    @Test
    void canBeToldToFailAndToRecover() throws Exception {
        SimulatedPrinter printer = new SimulatedPrinter(Samples.JAKARTA);
        printer.failWith("Kertas printer habis");

        assertThatThrownBy(() -> printer.printTicket(Samples.ticket(false)))
                .isInstanceOf(DeviceException.class)
                .hasMessage("Kertas printer habis");
        assertThat(printer.tickets()).isEmpty();

        printer.recover();
        printer.printTicket(Samples.ticket(false));
        assertThat(printer.tickets()).hasSize(1);
    }
}
