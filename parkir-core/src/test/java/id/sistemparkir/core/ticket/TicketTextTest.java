package id.sistemparkir.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketTextTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Test
    void printsClassGateAndLocalTime() {
        TicketData ticket = new TicketData(
                UUID.fromString("4f3a9c21-7425-40de-944b-e07fc1f90ae7"),
                "IN1",
                VehicleType.MOBIL,
                Instant.parse("2026-11-25T01:00:00Z"));

        assertThat(TicketText.humanReadable(ticket, JAKARTA)).isEqualTo("MOBIL · IN1 · 25-11-2026 08:00");
        assertThat(TicketText.humanReadable(ticket, ZoneId.of("UTC"))).isEqualTo("MOBIL · IN1 · 25-11-2026 01:00");
    }

    @Test
    void shortIdIsTheShortCode() {
        UUID id = UUID.fromString("0000abcd-0000-4000-8000-000000000000");

        assertThat(TicketText.shortId(id)).isEqualTo(ShortCode.of(id)).isEqualTo("000A-QK80");
    }
}
