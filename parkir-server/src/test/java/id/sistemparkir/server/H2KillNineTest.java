package id.sistemparkir.server;

import id.sistemparkir.server.db.DatabaseConfig;

class H2KillNineTest extends KillNineContract {

    @Override
    protected DatabaseConfig database() {
        return null; // the embedded default, as `parkir server` runs without --db-url
    }
}
