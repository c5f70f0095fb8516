package id.sistemparkir.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class SqlTest {

    @Test
    void recognisesDuplicateKeysOnBothDatabases() {
        assertThat(Sql.isUniqueViolation(new SQLException("Unique index or primary key violation", "23505", 23505)))
                .isTrue();
        assertThat(Sql.isUniqueViolation(
                        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))
                .isTrue();
    }

    @Test
    void otherIntegrityViolationsAreNotDuplicates() {
        assertThat(Sql.isUniqueViolation(new SQLException("foreign key", "23000", 1452)))
                .isFalse();
        assertThat(Sql.isUniqueViolation(new SQLException("cannot be null", "23000", 1048)))
                .isFalse();
        assertThat(Sql.isUniqueViolation(new SQLException("referential integrity", "23506", 23506)))
                .isFalse();
        assertThat(Sql.isUniqueViolation(new SQLException("check", "23513", 23513)))
                .isFalse();
        assertThat(Sql.isUniqueViolation(new IllegalStateException("no SQL at all")))
                .isFalse();
        assertThat(Sql.isUniqueViolation(null)).isFalse();
    }

    @Test
    void looksThroughWrappersAndChainedExceptions() {
        SQLException batch = new SQLException("batch failed", "HY000", 0);
        batch.setNextException(new SQLException("Duplicate entry", "23000", 1062));

        assertThat(Sql.isUniqueViolation(new RuntimeException("wrapped", new SQLException("dup", "23505", 23505))))
                .isTrue();
        assertThat(Sql.isUniqueViolation(batch)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void connectionFailuresAreToldApartFromBugs() {
        org.assertj.core.api.Assertions.assertThat(Sql.isConnectionFailure(
                        new RuntimeException(new java.sql.SQLTransientConnectionException("pool timeout"))))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(
                        Sql.isConnectionFailure(new java.sql.SQLException("link failure", "08S01")))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(Sql.isConnectionFailure(
                        new RuntimeException(new java.net.SocketTimeoutException("read timed out"))))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(
                        Sql.isConnectionFailure(new java.sql.SQLException("duplicate", "23505")))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(Sql.isConnectionFailure(new IllegalStateException("bug")))
                .isFalse();
    }
}
