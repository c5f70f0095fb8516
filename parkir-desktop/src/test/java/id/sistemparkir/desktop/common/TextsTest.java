package id.sistemparkir.desktop.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.client.i18n.BundleCheck;
import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.client.lane.LaneMessages;
import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void everyDesktopKeyExistsInBothLanguagesWithTheSameArguments() {
        assertThat(BundleCheck.problems(Texts.BUNDLE)).isEmpty();
    }

    @Test
    void theDesktopBundleIsLayeredOverTheClientLibrarys() {
        Texts id = Texts.load(Language.ID);
        Texts en = Texts.load(Language.EN);

        assertThat(id.get("connection.connected")).isEqualTo("Database Terhubung");
        assertThat(en.get("menu.sync_data")).isEqualTo("Synchronise data");
        assertThat(id.get("menu.sync_data")).isEqualTo("Sinkronisasi Data");
        assertThat(en.get(LaneMessages.insufficientPayment(3000, 5000).text()))
                .isEqualTo("Paid Rp 3.000 is less than the fee Rp 5.000.");
        assertThat(id.vehicle(VehicleType.TRUK)).isEqualTo("Truk/Bus");
    }

    @Test
    void formatsUseTheStationsZone() {
        Formats formats = new Formats(ZoneId.of("Asia/Jakarta"), Texts.load(Language.ID));
        Instant at = Instant.parse("2026-11-25T01:02:03Z");

        assertThat(formats.time(at)).isEqualTo("08:02:03");
        assertThat(formats.duration(at, at.plusSeconds(9000))).isEqualTo("2 jam 30 menit");
        assertThat(Formats.plate("B1234XYZ")).isEqualTo("B 1234 XYZ");
        assertThat(Formats.money(12500)).isEqualTo("Rp 12.500");
    }

    @Test
    void amountsAreReadAsOperatorsTypeThem() {
        assertThat(Amounts.parse("Rp 20.000")).hasValue(20_000);
        assertThat(Amounts.parse("20000")).hasValue(20_000);
        assertThat(Amounts.parse("")).isEmpty();
        assertThat(Amounts.parse("abc")).isEmpty();
        assertThat(Amounts.parse("9999999999999")).as("beyond any real amount").isEmpty();
    }
}
