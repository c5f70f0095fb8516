package id.sistemparkir.client.device.printer;

import id.sistemparkir.client.device.printer.PrintLayout.Style;
import id.sistemparkir.core.money.Rupiah;
import id.sistemparkir.core.ticket.InvalidTicketException;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.core.ticket.TicketText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The wording and order of a printed ticket and receipt, in Bahasa Indonesia; shared by every printer. */
final class PrintLayouts {

    static final String OFFLINE = "*** OFFLINE ***";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm", Locale.ROOT);

    private final ZoneId zone;

    PrintLayouts(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    PrintLayout ticket(EntryTicket ticket) {
        PrintLayout.Builder out = PrintLayout.builder();
        header(out, ticket.siteName(), "TIKET PARKIR", ticket.offline());
        out.field("Plat", ticket.plateDisplay())
                .field("Jenis", ticket.vehicleType().labelId())
                .field("Gerbang", ticket.gate())
                .field("Masuk", time(ticket.entryTime()))
                .rule()
                .qr(ticket.ticketCode());
        // The short code, large under the QR: what an operator types when the QR will not scan (decision 0016).
        readable(ticket.ticketCode())
                .ifPresentOrElse(
                        data -> out.centred(TicketText.shortId(data.ticketId()), Style.TITLE)
                                .centred(TicketText.humanReadable(data, zone), Style.NORMAL),
                        () -> out.centred(ticket.ticketCode(), Style.NORMAL));
        out.rule().centred("Simpan tiket ini", Style.BOLD).centred("Tiket hilang dikenakan denda", Style.NORMAL);
        return out.build();
    }

    PrintLayout receipt(ExitReceipt receipt) {
        PrintLayout.Builder out = PrintLayout.builder();
        header(out, receipt.siteName(), "STRUK PARKIR", receipt.offline());
        out.field(
                        "Tiket",
                        readable(receipt.ticketCode())
                                .map(data -> TicketText.shortId(data.ticketId()))
                                .orElse(receipt.ticketCode()))
                .field("Plat", receipt.plateDisplay())
                .field("Jenis", receipt.vehicleType().labelId())
                .field("Masuk", time(receipt.entryTime()))
                .field("Keluar", time(receipt.exitTime()))
                .field("Durasi", duration(receipt.entryTime(), receipt.exitTime()));
        if (!receipt.feeLines().isEmpty()) {
            out.rule();
            receipt.feeLines().forEach(out::line);
        }
        out.rule()
                .amount("Tarif", Rupiah.format(receipt.fee()), Style.BOLD)
                .amount("Dibayar", Rupiah.format(receipt.paid()), Style.NORMAL)
                .field("Metode", receipt.paymentMethod());
        if (receipt.paid() >= receipt.fee()) {
            out.amount("Kembali", Rupiah.format(receipt.paid() - receipt.fee()), Style.NORMAL);
        } else {
            out.amount("Kurang", Rupiah.format(receipt.fee() - receipt.paid()), Style.BOLD);
        }
        out.rule().centred("Terima kasih", Style.BOLD);
        return out.build();
    }

    PrintLayout shiftReport(ShiftReport report) {
        PrintLayout.Builder out = PrintLayout.builder();
        header(out, report.siteName(), "LAPORAN SHIFT", false);
        out.field("Lane", report.station())
                .field("Petugas", report.operator())
                .field("Mulai", time(report.openedAt()))
                .field("Selesai", time(report.closedAt()))
                .rule()
                .field("Masuk", String.valueOf(report.entries()))
                .field("Keluar", String.valueOf(report.exits()))
                .field("Hilang", String.valueOf(report.lostTickets()));
        if (!report.methods().isEmpty()) {
            out.rule();
            report.methods()
                    .forEach(m -> out.amount(m.method() + " x" + m.count(), Rupiah.format(m.amount()), Style.NORMAL));
        }
        out.rule()
                .amount("Seharusnya", Rupiah.format(report.cashExpected()), Style.NORMAL)
                .amount("Dihitung", Rupiah.format(report.cashCounted()), Style.NORMAL)
                .amount("Selisih", Rupiah.format(report.difference()), Style.BOLD);
        if (report.note() != null && !report.note().isBlank()) {
            out.rule().line(report.note());
        }
        out.rule().line("Tanda tangan petugas:").line(" ").line("Tanda tangan supervisor:");
        return out.build();
    }

    private static void header(PrintLayout.Builder out, String siteName, String title, boolean offline) {
        if (!siteName.isBlank()) {
            out.centred(siteName, Style.BOLD);
        }
        out.title(title);
        if (offline) {
            out.centred(OFFLINE, Style.BOLD);
        }
        out.rule();
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** E.g. {@code 2 jam 30 menit}; whole minutes, never negative. */
    static String duration(Instant from, Instant to) {
        long minutes = Math.max(0, Duration.between(from, to).toMinutes());
        long hours = minutes / 60;
        long rest = minutes % 60;
        return hours == 0 ? rest + " menit" : hours + " jam " + rest + " menit";
    }

    /** What a signed code carries, read for display only (never to price or accept a ticket). */
    private static Optional<TicketData> readable(String code) {
        try {
            return Optional.of(TicketSigner.readUnverified(code));
        } catch (InvalidTicketException e) {
            return Optional.empty();
        }
    }
}
