package id.sistemparkir.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.core.vehicle.VehicleType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariffScheduleTest {

    private static final Instant JAN = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2025-02-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2025-03-01T00:00:00Z");

    private static final Tariff V1 = Tariff.defaults(JAN);
    private static final Tariff V2 = version(2, FEB, 6_000);
    private static final Tariff V3 = version(3, MAR, 7_000);

    @Test
    void picksTheVersionInForceAtEachInstant() {
        TariffSchedule schedule = new TariffSchedule(List.of(V1, V2, V3));

        assertThat(schedule.inForceAt(JAN)).isEqualTo(V1);
        assertThat(schedule.inForceAt(FEB.minusNanos(1))).isEqualTo(V1);
        assertThat(schedule.inForceAt(FEB)).isEqualTo(V2);
        assertThat(schedule.inForceAt(MAR.minusSeconds(1))).isEqualTo(V2);
        assertThat(schedule.inForceAt(MAR)).isEqualTo(V3);
        assertThat(schedule.inForceAt(Instant.parse("2099-01-01T00:00:00Z"))).isEqualTo(V3);
    }

    @Test
    void beforeEveryVersionTheEarliestApplies() {
        TariffSchedule schedule = new TariffSchedule(List.of(V2, V3));

        assertThat(schedule.inForceAt(JAN)).isEqualTo(V2);
    }

    @Test
    void keepsVersionsSortedByEffectiveFrom() {
        TariffSchedule schedule = new TariffSchedule(List.of(V3, V1, V2));

        assertThat(schedule.versions()).containsExactly(V1, V2, V3);
        assertThat(schedule.latest()).isEqualTo(V3);
        assertThatThrownBy(() -> schedule.versions().add(V1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNewerVersionOverridesAnOlderOneThatStartsLater() {
        // v2 was scheduled for March, then v3 published for February: from February on v3 applies
        // and v2 never does.
        Tariff v2March = version(2, MAR, 6_000);
        Tariff v3February = version(3, FEB, 7_000);
        TariffSchedule schedule = new TariffSchedule(List.of(V1, v2March, v3February));

        assertThat(schedule.inForceAt(FEB)).isEqualTo(v3February);
        assertThat(schedule.inForceAt(MAR)).isEqualTo(v3February);
        assertThat(schedule.latest()).isEqualTo(v3February);
    }

    @Test
    void withReturnsANewScheduleAndLeavesTheOldOneAlone() {
        TariffSchedule before = new TariffSchedule(List.of(V1));

        TariffSchedule after = before.with(V2);

        assertThat(before.versions()).containsExactly(V1);
        assertThat(after.versions()).containsExactly(V1, V2);
        assertThat(after.latest()).isEqualTo(V2);
    }

    @Test
    void withRequiresAHigherVersion() {
        TariffSchedule schedule = new TariffSchedule(List.of(V1, V2));

        assertThatThrownBy(() -> schedule.with(version(2, MAR, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("greater than 2");
        assertThatThrownBy(() -> schedule.with(version(1, MAR, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsEmptyAndDuplicateVersions() {
        assertThatThrownBy(() -> new TariffSchedule(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> new TariffSchedule(List.of(V2, version(2, MAR, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 2 appears twice");
    }

    @Test
    void copiesTheGivenList() {
        List<Tariff> list = new ArrayList<>(List.of(V1));
        TariffSchedule schedule = new TariffSchedule(list);
        list.add(V2);

        assertThat(schedule.versions()).containsExactly(V1);
        assertThat(schedule)
                .isEqualTo(new TariffSchedule(List.of(V1)))
                .hasSameHashCodeAs(new TariffSchedule(List.of(V1)));
    }

    @Test
    void defaultsHoldTheDefaultTariff() {
        assertThat(TariffSchedule.defaults().versions()).containsExactly(Tariff.defaults());
    }

    /** A tariff like the default, with a different first-hour price for MOBIL to tell versions apart. */
    static Tariff version(int version, Instant from, long mobilFirstHour) {
        var rates = TariffTest.allClasses(Tariff.defaults().rate(VehicleType.MOTOR));
        rates.put(VehicleType.MOBIL, new TariffRate(Duration.ofMinutes(10), mobilFirstHour, 3_000, 40_000, 50_000));
        return new Tariff(version, from, rates);
    }
}
