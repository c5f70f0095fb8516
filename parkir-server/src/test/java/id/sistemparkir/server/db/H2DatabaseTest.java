package id.sistemparkir.server.db;

import java.nio.file.Path;

class H2DatabaseTest extends DatabaseContract {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabases.h2();
    }

    @Override
    protected boolean unreachableMayAnswerLater() {
        return false; // a missing file stays missing
    }

    @Override
    protected DatabaseConfig unreachableConfig() {
        // IFEXISTS: H2 must not create a database on the fly, so a wrong path is an error, as a wrong URL is.
        Path missing = Path.of(System.getProperty("java.io.tmpdir"), "parkir-missing-" + System.nanoTime(), "parkir");
        return new DatabaseConfig(
                "jdbc:h2:file:" + missing.toString().replace('\\', '/') + ";MODE=MySQL;IFEXISTS=TRUE", "sa", "");
    }
}
