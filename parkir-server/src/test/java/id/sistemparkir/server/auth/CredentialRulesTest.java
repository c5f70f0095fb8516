package id.sistemparkir.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sistemparkir.server.http.ApiException;
import org.junit.jupiter.api.Test;

class CredentialRulesTest {

    @Test
    void usernamesAreCaseInsensitiveAndStoredInLowerCase() {
        assertThat(CredentialRules.normalizeUsername("Budi.Santoso")).contains("budi.santoso");
        assertThat(CredentialRules.normalizeUsername(" op_gate-1 ")).contains("op_gate-1");
        assertThat(CredentialRules.normalizeUsername("abc")).contains("abc");
        assertThat(CredentialRules.normalizeUsername("a".repeat(64))).isPresent();
    }

    @Test
    void refusesUsernamesOutsideTheRule() {
        for (String bad : new String[] {null, "", "ab", "a".repeat(65), "budi santoso", "budi@lane", "büdi", "a'--"}) {
            assertThat(CredentialRules.normalizeUsername(bad)).as(bad).isEmpty();
            assertThatThrownBy(() -> CredentialRules.requireUsername(bad))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.error()).isEqualTo("invalid_username");
                    });
        }
    }

    @Test
    void passwordsNeedEightCharactersAndMustNotBeTheUsername() {
        CredentialRules.checkPassword("budi", "tiket-parkir-77");
        CredentialRules.checkPassword("budi", " a b c d e ");
        assertWeak("budi", "1234567");
        assertWeak("budi", null);
        assertWeak("budi.santoso", "Budi.Santoso");
        assertWeak("budi", "x".repeat(CredentialRules.MAX_PASSWORD_LENGTH + 1));
    }

    @Test
    void blankAndCommonPasswordsAreWeak() {
        // Issue 9 item 5: eight spaces and "password" were accepted.
        assertWeak("budi", "        ");
        assertWeak("budi", " \t \t \t \t ");
        assertWeak("budi", "   abc   ");
        for (String common :
                new String[] {"password", "PASSWORD", " password ", "12345678", "qwertyuiop", "Passw0rd"}) {
            assertWeak("budi", common);
        }
    }

    @Test
    void namesAndStationsFollowTheirFieldRules() {
        assertThat(CredentialRules.fullName("  Siti Aminah ")).isEqualTo("Siti Aminah");
        assertThat(CredentialRules.fullName(" ")).isNull();
        assertThatThrownBy(() -> CredentialRules.fullName("<script>"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.error()).isEqualTo("invalid_name"));
        assertThatThrownBy(() -> CredentialRules.station("<script>"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.error()).isEqualTo("invalid_station"));
    }

    @Test
    void stationsAndRolesAreChecked() {
        assertThat(CredentialRules.station(null)).isEmpty();
        assertThat(CredentialRules.station("  ")).isEmpty();
        assertThat(CredentialRules.station("GATE-IN-1")).contains("GATE-IN-1");
        assertThatThrownBy(() -> CredentialRules.station("GATE 1\n")).isInstanceOf(ApiException.class);
        assertThat(CredentialRules.role("supervisor")).isEqualTo(Role.SUPERVISOR);
        assertThatThrownBy(() -> CredentialRules.role("ROOT"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.error()).isEqualTo("invalid_role"));
    }

    private static void assertWeak(String username, String password) {
        assertThatThrownBy(() -> CredentialRules.checkPassword(username, password))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error()).isEqualTo("weak_password");
                });
    }
}
