package id.sistemparkir.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketTextTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Test
    void printsClassGateLocalTimeAndShortId() {
        TicketData ticket = new TicketData(
                UUID.fromString("4f3a9c21-7425-40de-944b-e07fc1f90ae7"),
                "IN1",
                VehicleType.MOBIL,
                Instant.parse("2026-11-25T01:00:00Z"));

        assertThat(TicketText.humanReadable(ticket, JAKARTA)).isEqualTo("MOBIL · IN1 · 25-11-2026 08:00 · 4F3A9C21");
        assertThat(TicketText.humanReadable(ticket, ZoneId.of("UTC")))
                .isEqualTo("MOBIL · IN1 · 25-11-2026 01:00 · 4F3A9C21");
    }

    @Test
    void shortIdIsTheFirstEightHexDigitsInUpperCase() {
        UUID leadingZeros = UUID.fromString("0000abcd-0000-4000-8000-000000000000");
        UUID random = UUID.randomUUID();

        assertThat(TicketText.shortId(leadingZeros)).isEqualTo("0000ABCD");
        assertThat(TicketText.shortId(random))
                .isEqualTo(random.toString().substring(0, 8).toUpperCase(Locale.ROOT))
                .matches("[0-9A-F]{8}");
    }
}
