#!/usr/bin/env bash
# Renders the guides' sample ticket and receipt (docs/images/sample-ticket.png, sample-receipt.png) with the
# project's own PNG printer (PngFilePrinter / PngRenderer), from the built fat jar (./parkir builds it).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${SAMPLES_JAR:-parkir-app/target/parkir.jar}
[ -f "$jar" ] || ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl parkir-app -am package
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/Samples.java" <<'JAVA'
import id.sistemparkir.client.device.printer.EntryTicket;
import id.sistemparkir.client.device.printer.ExitReceipt;
import id.sistemparkir.client.device.printer.PngFilePrinter;
import id.sistemparkir.core.ticket.TicketData;
import id.sistemparkir.core.ticket.TicketSigner;
import id.sistemparkir.core.vehicle.VehicleType;
import java.nio.file.*;
import java.time.*;
import java.util.*;

public class Samples {
    public static void main(String[] args) throws Exception {
        Instant in = Instant.parse("2026-11-25T01:00:00Z"), out = Instant.parse("2026-11-25T03:30:00Z");
        UUID id = UUID.fromString("4f3a9c21-0000-4000-8000-000000000001");
        // A sample key of zeros: the code is shaped like a real one and verifies against no real site.
        String code = new TicketSigner(new byte[32]).sign(new TicketData(id, "IN1", VehicleType.MOBIL, in));
        PngFilePrinter printer = new PngFilePrinter(Path.of(args[0]), ZoneId.of("Asia/Jakarta"));
        Path ticket = printer.writeTicket(
                new EntryTicket("Sistem Parkir Modern", code, "B 1234 XYZ", VehicleType.MOBIL, "IN1", in, false));
        Path receipt = printer.writeReceipt(new ExitReceipt("Sistem Parkir Modern", code, "B 1234 XYZ",
                VehicleType.MOBIL, in, out, 11000, 20000, "CASH",
                List.of("Jam pertama Rp 5.000", "2 jam berikutnya x Rp 3.000"), false));
        Files.move(ticket, Path.of(args[1], "sample-ticket.png"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(receipt, Path.of(args[1], "sample-receipt.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
JAVA
java -Djava.awt.headless=true -cp "$jar" "$tmp/Samples.java" "$tmp/out" docs/images
ls -l docs/images/sample-*.png
