package id.sistemparkir.client.device.printer;

import static id.sistemparkir.client.device.printer.Samples.ENTRY;
import static id.sistemparkir.client.device.printer.Samples.EXIT;
import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintLayoutsTest {

    private final PrintLayouts layouts = new PrintLayouts(Samples.JAKARTA);

    @Test
    void ticketInBahasaIndonesiaWithLocalTimeAndQr() {
        String text = layouts.ticket(Samples.ticket(false)).plainText();

        assertThat(text)
                .contains("Mal Kota Kasablanka")
                .contains("TIKET PARKIR")
                .contains("Plat    : B 1234 XYZ")
                .contains("Jenis   : Mobil")
                .contains("Gerbang : IN1")
                .contains("Masuk   : 25-11-2026 08:00")
                .contains("[QR " + Samples.CODE + "]")
                .contains("MOBIL · IN1 · 25-11-2026 08:00")
                .containsPattern("\\[QR [^]]+]\n *9WX9-R880 *\n")
                .contains("Simpan tiket ini")
                .doesNotContain("OFFLINE");
    }

    @Test
    void offlineTicketsSaySo() {
        assertThat(layouts.ticket(Samples.ticket(true)).plainText()).contains("*** OFFLINE ***");
    }

    @Test
    void aCodeThatIsNotASignedTicketIsPrintedAsItIs() {
        EntryTicket ticket = new EntryTicket("", "MANUAL-42", "B 1 A", VehicleType.MOTOR, "IN2", Instant.EPOCH, false);

        String text = layouts.ticket(ticket).plainText();

        assertThat(text).contains("[QR MANUAL-42]").contains("MANUAL-42\n").contains("Masuk   : 01-01-1970 07:00");
    }

    @Test
    void receiptWithFeeBreakdownPaymentAndChange() {
        String text = layouts.receipt(Samples.receipt(11_000, 20_000, false)).plainText();

        assertThat(text)
                .contains("STRUK PARKIR")
                .contains("Tiket   : 9WX9-R880")
                .contains("Masuk   : 25-11-2026 08:00")
                .contains("Keluar  : 25-11-2026 10:30")
                .contains("Durasi  : 2 jam 30 menit")
                .contains("Jam pertama Rp 5.000")
                .containsPattern("Tarif   : +Rp 11\\.000\n")
                .containsPattern("Dibayar : +Rp 20\\.000\n")
                .contains("Metode  : CASH")
                .containsPattern("Kembali : +Rp 9\\.000\n")
                .contains("Terima kasih");
    }

    @Test
    void underpaymentIsShownAsShortfall() {
        String text = layouts.receipt(Samples.receipt(11_000, 10_000, true)).plainText();

        assertThat(text)
                .containsPattern("Kurang  : +Rp 1\\.000\n")
                .doesNotContain("Kembali")
                .contains("OFFLINE");
    }

    @Test
    void receiptWithoutBreakdownHasNoEmptySection() {
        ExitReceipt receipt =
                new ExitReceipt("", "X", "B 1 A", VehicleType.MOTOR, ENTRY, EXIT, 0, 0, "CASH", List.of(), false);

        assertThat(layouts.receipt(receipt).plainText()).doesNotContain("-".repeat(32) + "\n" + "-".repeat(32));
    }

    @Test
    void durationInHoursAndMinutes() {
        assertThat(PrintLayouts.duration(ENTRY, ENTRY.plusSeconds(59))).isEqualTo("0 menit");
        assertThat(PrintLayouts.duration(ENTRY, ENTRY.plusSeconds(61 * 60))).isEqualTo("1 jam 1 menit");
        assertThat(PrintLayouts.duration(ENTRY, ENTRY.minusSeconds(60))).isEqualTo("0 menit");
    }

    @Test
    void timesFollowTheConfiguredZone() {
        String text = new PrintLayouts(ZoneId.of("Asia/Jayapura"))
                .ticket(Samples.ticket(false))
                .plainText();

        assertThat(text).contains("Masuk   : 25-11-2026 10:00");
    }
}
