package id.sistemparkir.server.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import id.sistemparkir.core.vehicle.VehicleType;
import id.sistemparkir.server.session.SessionRecord;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {

    private static final Instant T = Instant.parse("2026-12-01T03:00:00Z");

    @Test
    void oneEditApartIsOneSubstitutionInsertionOrDeletion() {
        assertThat(DuplicateFinder.oneEditApart("B1234ABC", "B1234ABD")).isTrue();
        assertThat(DuplicateFinder.oneEditApart("B1234ABC", "B123ABC")).isTrue();
        assertThat(DuplicateFinder.oneEditApart("B123ABC", "B1234ABC")).isTrue();
        assertThat(DuplicateFinder.oneEditApart("B1234AB", "B1234ABC")).isTrue();
        assertThat(DuplicateFinder.oneEditApart("X1234ABC", "B1234ABC")).isTrue();
        assertThat(DuplicateFinder.oneEditApart("B1234ABC", "B1234ABC")).isFalse();
        assertThat(DuplicateFinder.oneEditApart("B1234ABC", "B1243ABC")).isFalse();
        assertThat(DuplicateFinder.oneEditApart("B1234ABC", "B12ABC")).isFalse();
        assertThat(DuplicateFinder.oneEditApart("B1", "D2")).isFalse();
    }

    @Test
    void nearIdenticalEntriesAreOfOneGateAndClassWithinTheWindow() {
        SessionRecord a = session("B1234ABC", "IN1", VehicleType.MOBIL, T);
        SessionRecord b = session("B1234ABD", "IN1", VehicleType.MOBIL, T.plusSeconds(90));
        SessionRecord otherGate = session("B1234ABE", "IN2", VehicleType.MOBIL, T.plusSeconds(10));
        SessionRecord otherClass = session("B1234ABF", "IN1", VehicleType.MOTOR, T.plusSeconds(10));
        SessionRecord late = session("B1234ABG", "IN1", VehicleType.MOBIL, T.plusSeconds(400));

        List<List<SessionRecord>> pairs = DuplicateFinder.nearIdentical(List.of(late, b, otherGate, a, otherClass));

        assertThat(pairs).containsExactly(List.of(a, b));
    }

    @Test
    void samePlateGroupsOnlyPlatesSeenTwice() {
        SessionRecord a = session("B1A", "IN1", VehicleType.MOBIL, T);
        SessionRecord b = session("B1A", "IN2", VehicleType.MOBIL, T.plusSeconds(3600));
        SessionRecord c = session("B2A", "IN1", VehicleType.MOBIL, T);

        assertThat(DuplicateFinder.samePlate(List.of(a, c, b))).containsExactly(List.of(a, b));
    }

    private static SessionRecord session(String plate, String gate, VehicleType type, Instant at) {
        return new SessionRecord(
                UUID.randomUUID(),
                "code-" + UUID.randomUUID(),
                plate,
                plate,
                false,
                type,
                "ACTIVE",
                gate,
                at,
                at,
                false,
                "ST",
                "op",
                false,
                1,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                false,
                null,
                null,
                null,
                null);
    }
}
