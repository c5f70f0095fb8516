package id.sistemparkir.client.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordIdsTest {

    @Test
    void acceptsACanonicalLowerCaseUuid() {
        UUID id = UUID.randomUUID();

        assertThat(RecordIds.requireValid(id.toString())).isEqualTo(id);
        assertThat(RecordIds.pathSegment(id)).isEqualTo(id.toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "../x",
                "..",
                "4F3A9C21-7425-40DE-944B-E07FC1F90AE7",
                "4f3a9c21-7425-40de-944b-e07fc1f90ae",
                "4f3a9c21-7425-40de-944b-e07fc1f90ae7 ",
                " 4f3a9c21-7425-40de-944b-e07fc1f90ae7",
                "4f3a9c21742540de944be07fc1f90ae7",
                "{4f3a9c21-7425-40de-944b-e07fc1f90ae7}",
                "1-2-3-4-5",
                "4f3a9c21-7425-40de-944b-e07fc1f90ae7/../x",
                "4f3a9c21-7425-40de-944b-e07fc1f90ae7\n",
                "4f3a9c21-7425-40de-944b-e07fc1f90ae7.json",
                "4f3a9c21\\7425-40de-944b-e07fc1f90ae7"
            })
    void rejectsAnythingElse(String text) {
        assertThat(RecordIds.isValid(text)).isFalse();
        assertThatThrownBy(() -> RecordIds.requireValid(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
