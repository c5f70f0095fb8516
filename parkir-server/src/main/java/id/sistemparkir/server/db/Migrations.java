package id.sistemparkir.server.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with the numbered scripts in {@code classpath:db/migration}. */
final class Migrations {
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {}

    /** Applies pending migrations; returns the schema version now in place. */
    static String migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        return current == null
                ? result.targetSchemaVersion
                : current.getVersion().getVersion();
    }
}
