package id.sistemparkir.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final PasswordHasher HASHER = new PasswordHasher(new SecureRandom());

    /**
     * Made with the reference implementation (libargon2 20171227, {@code argon2id_hash_encoded}), so this proves
     * that our hashes and theirs are interchangeable: password "correct horse battery staple", salt bytes 0..15.
     */
    private static final String REFERENCE_OWASP =
            "$argon2id$v=19$m=19456,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$gYJZtjEAJqjg26xdLmknq8/bB7MiWPrE9hsYuA+SkIU";
    /** Same source, other parameters and a non-ASCII password "sandi-rahasia-ü" (UTF-8), salt "saltsaltsaltsalt". */
    private static final String REFERENCE_OTHER_PARAMETERS =
            "$argon2id$v=19$m=4096,t=1,p=2$c2FsdHNhbHRzYWx0c2FsdA$kOK7OQNBcBD2U53XUZUeo7co3m7I1tDEoZuSB61SUw0";

    @Test
    void hashIsAnArgon2idPhcStringWithOwaspParametersA16ByteSaltAndA32ByteHash() {
        String hash = HASHER.hash("rahasia-sekali");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("rahasia");
        String[] parts = hash.split("\\$");
        assertThat(parts).hasSize(6);
        assertThat(Base64.getDecoder().decode(parts[4])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[5])).hasSize(32);
        assertThat(parts[4]).doesNotContain("=");
    }

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEveryHash() {
        String first = HASHER.hash("rahasia-sekali");
        String second = HASHER.hash("rahasia-sekali");

        assertThat(first).isNotEqualTo(second);
        assertThat(HASHER.verify("rahasia-sekali", first)).isTrue();
        assertThat(HASHER.verify("rahasia-sekali", second)).isTrue();
        assertThat(HASHER.verify("Rahasia-sekali", first)).isFalse();
        assertThat(HASHER.verify("", first)).isFalse();
    }

    @Test
    void verifiesHashesOfTheReferenceImplementationWithTheParametersStoredInThem() {
        assertThat(HASHER.verify("correct horse battery staple", REFERENCE_OWASP))
                .isTrue();
        assertThat(HASHER.verify("correct horse battery stapl", REFERENCE_OWASP))
                .isFalse();
        assertThat(HASHER.verify("sandi-rahasia-ü", REFERENCE_OTHER_PARAMETERS)).isTrue();
        assertThat(HASHER.verify("sandi-rahasia-u", REFERENCE_OTHER_PARAMETERS)).isFalse();
    }

    @Test
    void tellsWhenAStoredHashIsWeakerThanTodaysParameters() {
        assertThat(HASHER.needsRehash(REFERENCE_OWASP)).isFalse();
        assertThat(HASHER.needsRehash(REFERENCE_OTHER_PARAMETERS)).isTrue();

        PasswordHasher stronger = new PasswordHasher(new PasswordHasher.Parameters(19_456, 3, 1), new SecureRandom());
        assertThat(stronger.needsRehash(REFERENCE_OWASP)).isTrue();
        assertThat(stronger.verify("correct horse battery staple", REFERENCE_OWASP))
                .as("raising the parameters keeps old hashes usable")
                .isTrue();
    }

    @Test
    void refusesStoredStringsThatAreNotArgon2idRatherThanLettingAnyoneIn() {
        for (String malformed : new String[] {
            null,
            "",
            "rahasia-sekali",
            "$argon2i$v=19$m=19456,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$gYJZtjEAJqjg26xdLmknq8/bB7MiWPrE9hsYuA+SkIU",
            "$argon2id$v=16$m=19456,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$gYJZtjEAJqjg26xdLmknq8/bB7MiWPrE9hsYuA+SkIU",
            "$argon2id$v=19$t=2,m=19456,p=1$AAECAwQFBgcICQoLDA0ODw$gYJZtjEAJqjg26xdLmknq8/bB7MiWPrE9hsYuA+SkIU",
            "$argon2id$v=19$m=99999999,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$gYJZtjEAJqjg26xdLmknq8/bB7MiWPrE9hsYuA+SkIU",
            "$argon2id$v=19$m=19456,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$",
            "$argon2id$v=19$m=19456,t=2,p=1$!!!$gYJZtjEAJqjg26xdLmknq8/bB7MiWPrE9hsYuA+SkIU",
            "$argon2id$v=19$m=19456,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$gYJZtjEAJqjg26xdLmknq8/bB7MiWPrE9hsYuA+SkIU$x"
        }) {
            assertThatThrownBy(() -> HASHER.verify("correct horse battery staple", malformed))
                    .as(String.valueOf(malformed))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
