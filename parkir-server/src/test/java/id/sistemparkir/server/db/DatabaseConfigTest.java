package id.sistemparkir.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {

    @Test
    void embeddedH2IsAFileDatabaseInMySqlModeUnderTheDataDir() {
        DatabaseConfig config = DatabaseConfig.embeddedH2(Path.of("/srv/parkir-data"));

        assertThat(config.jdbcUrl())
                .isEqualTo("jdbc:h2:file:/srv/parkir-data/db/parkir;MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        assertThat(config.kind()).isEqualTo(DatabaseKind.H2);
    }

    @Test
    void embeddedH2RefusesADataDirThatWouldBreakTheUrl() {
        assertThatThrownBy(() -> DatabaseConfig.embeddedH2(Path.of("/tmp/a;b")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describeLeavesCredentialsOut() {
        assertThat(DatabaseConfig.describe(
                        "jdbc:mariadb://db.example:3306/parkir?user=parkir&password=s3cret&sslMode=trust"))
                .isEqualTo("jdbc:mariadb://db.example:3306/parkir?sslMode=trust");
        assertThat(DatabaseConfig.describe("jdbc:mariadb://db:3306/parkir?sslMode=trust&password=s3cret"))
                .isEqualTo("jdbc:mariadb://db:3306/parkir?sslMode=trust");
        assertThat(DatabaseConfig.describe("jdbc:mysql://parkir:s3cret@db:3306/parkir?trustStorePassword=x"))
                .isEqualTo("jdbc:mysql://db:3306/parkir");
        assertThat(DatabaseConfig.describe("jdbc:h2:file:/d/parkir;MODE=MySQL;USER=sa;PASSWORD=s3cret"))
                .isEqualTo("jdbc:h2:file:/d/parkir;MODE=MySQL");
    }

    @Test
    void toStringNeverShowsThePassword() {
        DatabaseConfig config = new DatabaseConfig("jdbc:mariadb://db:3306/parkir", "parkir", "s3cret");

        assertThat(config.toString())
                .contains("jdbc:mariadb://db:3306/parkir", "parkir")
                .doesNotContain("s3cret");
    }

    @Test
    void kindComesFromTheUrl() {
        assertThat(new DatabaseConfig("jdbc:mariadb://db/parkir", "u", "p").kind())
                .isEqualTo(DatabaseKind.MARIADB);
        assertThat(new DatabaseConfig("JDBC:MySQL://db/parkir", "u", "p").kind())
                .isEqualTo(DatabaseKind.MARIADB);
        assertThatThrownBy(() -> new DatabaseConfig("jdbc:postgresql://db/parkir?password=s3cret", "u", "p").kind())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://db/parkir")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void missingCredentialsAreEmptyAndAMissingUrlIsRefused() {
        DatabaseConfig config = new DatabaseConfig("jdbc:h2:mem:x", null, null);

        assertThat(config.user()).isEmpty();
        assertThat(config.password()).isEmpty();
        assertThatThrownBy(() -> new DatabaseConfig(" ", "u", "p")).isInstanceOf(IllegalArgumentException.class);
    }
}
