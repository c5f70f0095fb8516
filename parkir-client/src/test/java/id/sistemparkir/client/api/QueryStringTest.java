package id.sistemparkir.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void anIsoTimesPlusIsEncodedSoThatItDoesNotArriveAsASpace() {
        String query = new QueryString()
                .add("exitTime", "2026-11-25T10:30:00+07:00")
                .add("plate", "B 12")
                .toString();

        assertThat(query).isEqualTo("?exitTime=2026-11-25T10%3A30%3A00%2B07%3A00&plate=B+12");
    }

    @Test
    void nullValuesAreLeftOut() {
        assertThat(new QueryString().add("a", null).add("b", 2).add("c", null).toString())
                .isEqualTo("?b=2");
        assertThat(new QueryString().add("a", null).toString()).isEmpty();
    }

    @Test
    void aPathSegmentEncodesSlashesAndSpaces() {
        assertThat(QueryString.segment("A B/C+D")).isEqualTo("A%20B%2FC%2BD");
    }
}
