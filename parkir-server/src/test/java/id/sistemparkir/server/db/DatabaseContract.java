package id.sistemparkir.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The persistence contract, run on H2 ({@link H2DatabaseTest}) and MariaDB ({@link MariaDbDatabaseTest}).
 * All tests share one fresh database per class and do not depend on each other's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseContract {
    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final List<String> TABLES = List.of(
            "users",
            "auth_tokens",
            "gates",
            "tariff_versions",
            "tariff_rates",
            "members",
            "parking_sessions",
            "pending_exits",
            "exit_conflicts",
            "lane_locks",
            "event_log_horizon",
            "request_ids",
            "photos",
            "event_log",
            "event_sequence",
            "sync_log",
            "audit_log",
            "settings",
            "stations",
            "review_resolutions");

    private TestDatabase testDatabase;
    private Jdbi jdbi;

    /** A fresh, migrated database of the kind under test. */
    protected abstract TestDatabase createDatabase();

    /** A configuration whose database cannot be reached or does not exist. */
    protected abstract DatabaseConfig unreachableConfig();

    @BeforeAll
    void openDatabase() {
        testDatabase = createDatabase();
        jdbi = testDatabase.jdbi();
    }

    @AfterAll
    void closeDatabase() {
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    /** The highest {@code V<n>[_<m>]__} on the classpath, as Flyway reports it ("5", "5.1"). */
    private static String latestMigrationVersion() {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(DatabaseContract.class
                    .getClassLoader()
                    .getResource("db/migration")
                    .toURI());
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
                return files.map(f -> f.getFileName().toString())
                        .filter(name -> name.matches("V[0-9_]+__.*\\.sql"))
                        .map(name -> name.substring(1, name.indexOf("__")).replace('_', '.'))
                        .max(java.util.Comparator.comparing(
                                v -> java.util.Arrays.stream(v.split("\\."))
                                        .mapToInt(Integer::parseInt)
                                        .toArray(),
                                java.util.Arrays::compare))
                        .orElseThrow();
            }
        } catch (java.net.URISyntaxException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void migratesCleanlyAndARestartAppliesNothingTwice() throws SQLException {
        assertThat(testDatabase.database().schemaVersion()).isEqualTo(latestMigrationVersion());
        assertThat(existingTables()).containsAll(TABLES);
        jdbi.useHandle(h -> h.createUpdate(
                        "INSERT INTO settings (setting_key, setting_value, updated_at) VALUES ('restart', 'kept', :at)")
                .bind("at", T0)
                .execute());

        List<String> historyBefore = migrationHistory(jdbi);

        try (Database restarted = Database.open(testDatabase.config())) {
            String kept = restarted.jdbi().withHandle(h -> h.createQuery(
                            "SELECT setting_value FROM settings WHERE setting_key = 'restart'")
                    .mapTo(String.class)
                    .one());
            assertThat(restarted.schemaVersion()).isEqualTo(latestMigrationVersion());
            assertThat(migrationHistory(restarted.jdbi())).isEqualTo(historyBefore);
            assertThat(kept).isEqualTo("kept");
        }
        // Flyway 13 adds a marker row on H2 ("<< Flyway Schema History table created >>"), not on MariaDB.
        assertThat(historyBefore).contains("1 V1__schema.sql true");
        assertThat(testDatabase.database().ping(Duration.ofSeconds(1))).isTrue();
    }

    @Test
    void seedsTheDefaultTariffInForceSinceTheEpoch() {
        Instant effectiveFrom =
                jdbi.withHandle(h -> h.createQuery("SELECT effective_from FROM tariff_versions WHERE version = 1")
                        .mapTo(Instant.class)
                        .one());
        assertThat(effectiveFrom).isEqualTo(Instant.EPOCH);

        List<String> rates = jdbi.withHandle(
                h -> h.createQuery("SELECT vehicle_type, grace_seconds, first_hour, next_hour, max_per_day, lost_ticket"
                                + " FROM tariff_rates WHERE version = 1 ORDER BY vehicle_type")
                        .map((rs, ctx) -> rs.getString(1) + " " + rs.getInt(2) + "/" + rs.getLong(3) + "/"
                                + rs.getLong(4) + "/" + rs.getLong(5) + "/" + rs.getLong(6))
                        .list());
        assertThat(rates)
                .containsExactly(
                        "MOBIL 600/5000/3000/40000/50000",
                        "MOTOR 600/2000/1000/10000/20000",
                        "TRUK 600/10000/5000/80000/100000");
        assertThat(new EventSequenceProbe(jdbi).exists()).isTrue();
    }

    @Test
    void aSecondRequestIdIsRecognisedAsAUniqueViolation() {
        UUID id = UUID.randomUUID();
        jdbi.useHandle(h -> insertRequestId(h, id, "entry", sha256("body")));

        assertThatThrownBy(() -> jdbi.useHandle(h -> insertRequestId(h, id, "entry", sha256("other"))))
                .satisfies(e -> assertThat(Sql.isUniqueViolation(e))
                        .as("duplicate key recognised: %s", e)
                        .isTrue());
    }

    @Test
    void otherIntegrityViolationsAreNotUniqueViolations() {
        Instant now = T0;
        // foreign key
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.createUpdate("INSERT INTO auth_tokens"
                                + " (token_hash, user_id, issued_at, expires_at) VALUES (:hash, :user, :at, :at)")
                        .bind("hash", sha256("token"))
                        .bind("user", UUID.randomUUID())
                        .bind("at", now)
                        .execute()))
                .satisfies(e -> assertThat(Sql.isUniqueViolation(e)).as("%s", e).isFalse());
        // check constraint
        assertThatThrownBy(() -> jdbi.useHandle(h -> insertRequestId(h, UUID.randomUUID(), "photo", sha256("x"))))
                .satisfies(e -> assertThat(Sql.isUniqueViolation(e)).as("%s", e).isFalse());
        // not null
        assertThatThrownBy(() -> jdbi.useHandle(h -> insertRequestId(h, UUID.randomUUID(), "entry", null)))
                .satisfies(e -> assertThat(Sql.isUniqueViolation(e)).as("%s", e).isFalse());
    }

    @Test
    void aReplayedRequestAppliesItsEffectOnlyOnce() {
        UUID id = UUID.randomUUID();
        String hash = sha256("{\"plate\":\"B1234XYZ\"}");
        for (int attempt = 0; attempt < 2; attempt++) {
            int current = attempt;
            try {
                jdbi.useTransaction(h -> {
                    insertSession(h, UUID.randomUUID(), "TICKET-REPLAY-" + current, "B1234XYZ"); // the effect
                    insertRequestId(h, id, "entry", hash); // the key, same transaction
                });
            } catch (RuntimeException e) {
                assertThat(Sql.isUniqueViolation(e)).isTrue();
            }
        }
        assertThat(count("SELECT COUNT(*) FROM parking_sessions WHERE ticket_code LIKE 'TICKET-REPLAY-%'"))
                .isEqualTo(1);
    }

    @Test
    void exactlyOneOfTwoConcurrentExitsOfOneTicketWins() throws Exception {
        ExecutorService lanes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                UUID session = UUID.randomUUID();
                jdbi.useHandle(h -> insertSession(h, session, "TICKET-RACE-" + session, "B1RACE"));
                CyclicBarrier together = new CyclicBarrier(2);
                UUID exitA = UUID.randomUUID();
                UUID exitB = UUID.randomUUID();
                Future<Integer> a = lanes.submit(() -> exitOnceTogether(session, exitA, together));
                Future<Integer> b = lanes.submit(() -> exitOnceTogether(session, exitB, together));

                int rowsA = a.get(10, TimeUnit.SECONDS);
                int rowsB = b.get(10, TimeUnit.SECONDS);
                assertThat(rowsA + rowsB).as("round %s", round).isEqualTo(1);
                assertThat(storedExitId(session)).isEqualTo(rowsA == 1 ? exitA : exitB);
            }
        } finally {
            lanes.shutdownNow();
        }
    }

    @Test
    void anExitWaitingOnAnotherExitsLockLosesAfterItCommits() throws Exception {
        UUID session = UUID.randomUUID();
        jdbi.useHandle(h -> insertSession(h, session, "TICKET-LOCK-" + session, "B2LOCK"));
        CountDownLatch firstUpdated = new CountDownLatch(1);
        ExecutorService lanes = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = lanes.submit(() -> jdbi.inTransaction(h -> {
                int rows = exit(h, session, UUID.randomUUID());
                firstUpdated.countDown();
                Thread.sleep(300); // hold the row lock while the second lane tries
                return rows;
            }));
            Future<Integer> second = lanes.submit(() -> {
                firstUpdated.await();
                return jdbi.inTransaction(h -> exit(h, session, UUID.randomUUID()));
            });
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(second.get(10, TimeUnit.SECONDS)).isZero();
        } finally {
            lanes.shutdownNow();
        }
    }

    @Test
    void instantsRoundTripToTheMillisecondAsUtcWallClockTime() {
        Instant withNanos = Instant.parse("2025-03-01T23:59:59.123456789Z");
        Instant after2038 = Instant.parse("2100-12-31T23:59:59.999Z");
        for (Instant instant : List.of(withNanos, after2038, Instant.EPOCH, T0)) {
            long id = jdbi.withHandle(h -> h.createUpdate(
                            "INSERT INTO audit_log (actor, action, target, at) VALUES ('test', 'time', NULL, :at)")
                    .bind("at", instant)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
            Instant back = jdbi.withHandle(h -> h.createQuery("SELECT at FROM audit_log WHERE id = :id")
                    .bind("id", id)
                    .mapTo(Instant.class)
                    .one());
            LocalDateTime stored = jdbi.withHandle(h -> h.createQuery("SELECT at FROM audit_log WHERE id = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> rs.getObject(1, LocalDateTime.class))
                    .one());

            assertThat(back).isEqualTo(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertThat(stored).as("UTC wall-clock time, whatever the JVM zone").isEqualTo(Times.toDb(instant));
        }
    }

    @Test
    void uuidsAreStoredAsTextAndMappedBack() {
        UUID id = UUID.randomUUID();
        jdbi.useHandle(h -> insertRequestId(h, id, "exit", sha256("uuid")));
        String text = jdbi.withHandle(h -> h.createQuery("SELECT id FROM request_ids WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .one());
        UUID mapped = jdbi.withHandle(h -> h.createQuery("SELECT id FROM request_ids WHERE id = :id")
                .bind("id", id.toString())
                .mapTo(UUID.class)
                .one());
        assertThat(text).isEqualTo(id.toString());
        assertThat(mapped).isEqualTo(id);
    }

    @Test
    void aFiveMebibytePhotoRoundTrips() {
        byte[] jpeg = new byte[5 * 1024 * 1024];
        new Random(42).nextBytes(jpeg);
        UUID recordId = UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO photos"
                        + " (record_id, kind, content_type, size_bytes, sha256, content, uploaded_at)"
                        + " VALUES (:id, 'IN', 'image/jpeg', :size, :sha, :content, :at)")
                .bind("id", recordId)
                .bind("size", jpeg.length)
                .bind("sha", sha256(jpeg))
                .bind("content", jpeg)
                .bind("at", T0)
                .execute());

        byte[] back = jdbi.withHandle(h -> h.createQuery("SELECT content FROM photos WHERE record_id = :id")
                .bind("id", recordId)
                .mapTo(byte[].class)
                .one());
        assertThat(back).hasSize(jpeg.length);
        assertThat(sha256(back)).isEqualTo(sha256(jpeg));
    }

    @Test
    void textComparesCaseSensitivelyAndTooLongTextIsRefused() {
        jdbi.useHandle(h -> {
            insertGate(h, "case1");
            insertGate(h, "CASE1"); // distinct keys on both databases (utf8mb4_bin on MariaDB)
        });
        assertThat(count("SELECT COUNT(*) FROM gates WHERE code = 'case1'")).isEqualTo(1);

        assertThatThrownBy(() -> jdbi.useHandle(h -> insertGate(h, "G".repeat(33))))
                .as("strict mode: no silent truncation");
    }

    @Test
    void pingIsTrueWhenHealthyAndFalseOnceClosed() {
        assertThat(testDatabase.database().ping(Duration.ofSeconds(1))).isTrue();

        Database other = Database.open(testDatabase.config());
        other.close();
        assertThat(other.ping(Duration.ofSeconds(1))).isFalse();
    }

    @Test
    void aWrongPasswordFailsFastWithAClearMessage() {
        DatabaseConfig config = testDatabase.config();
        DatabaseConfig wrong = new DatabaseConfig(config.jdbcUrl(), config.user(), "not-the-password-42");
        long start = System.nanoTime();

        assertThatThrownBy(() -> Database.open(wrong).close())
                .isInstanceOfSatisfying(DatabaseStartException.class, e -> assertThat(e.unreachable())
                        .as("waiting never fixes a wrong password")
                        .isFalse())
                .hasMessageStartingWith("Cannot connect to database " + config.describe())
                .hasMessageNotContaining("not-the-password-42");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anUnreachableDatabaseFailsFastWithAClearMessage() {
        DatabaseConfig unreachable = unreachableConfig();
        long start = System.nanoTime();

        assertThatThrownBy(() -> Database.open(unreachable).close())
                .isInstanceOfSatisfying(DatabaseStartException.class, e -> assertThat(e.unreachable())
                        .isEqualTo(unreachableMayAnswerLater()))
                .hasMessageStartingWith("Cannot connect to database " + unreachable.describe());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    /** Whether {@link #unreachableConfig()} is a database that may answer later (a server not answering yet). */
    protected abstract boolean unreachableMayAnswerLater();

    private int exitOnceTogether(UUID session, UUID exitId, CyclicBarrier together) throws Exception {
        return jdbi.inTransaction(h -> {
            together.await(5, TimeUnit.SECONDS);
            return exit(h, session, exitId);
        });
    }

    private static int exit(Handle h, UUID session, UUID exitId) {
        return h.createUpdate("UPDATE parking_sessions SET exit_id = :exitId, status = 'EXITED', exit_gate = 'OUT1',"
                        + " exit_time = :at, exit_received_at = :at, exit_offline = FALSE, updated_at = :at"
                        + " WHERE id = :id AND exit_id IS NULL")
                .bind("exitId", exitId)
                .bind("at", T0.plusSeconds(3600))
                .bind("id", session)
                .execute();
    }

    private UUID storedExitId(UUID session) {
        return jdbi.withHandle(h -> h.createQuery("SELECT exit_id FROM parking_sessions WHERE id = :id")
                .bind("id", session)
                .mapTo(UUID.class)
                .one());
    }

    private static void insertSession(Handle h, UUID id, String ticketCode, String plate) {
        h.createUpdate("INSERT INTO parking_sessions (id, ticket_code, plate, plate_display, vehicle_type, status,"
                        + " entry_gate, entry_time, entry_received_at, entry_offline, tariff_version, updated_at)"
                        + " VALUES (:id, :ticket, :plate, :plate, 'MOBIL', 'ACTIVE', 'IN1', :at, :at, FALSE, 1, :at)")
                .bindMap(Map.of("id", id, "ticket", ticketCode, "plate", plate, "at", T0))
                .execute();
    }

    private static void insertRequestId(Handle h, UUID id, String kind, String bodyHash) {
        h.createUpdate("INSERT INTO request_ids (id, kind, body_hash, received_at) VALUES (:id, :kind, :hash, :at)")
                .bind("id", id)
                .bind("kind", kind)
                .bind("hash", bodyHash)
                .bind("at", T0)
                .execute();
    }

    private static void insertGate(Handle h, String code) {
        h.createUpdate("INSERT INTO gates (code, name, direction) VALUES (:code, :name, 'IN')")
                .bind("code", code)
                .bind("name", "Gate " + code)
                .execute();
    }

    private int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static List<String> migrationHistory(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT version, script, success FROM flyway_schema_history" + " ORDER BY installed_rank")
                .map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3))
                .list());
    }

    private List<String> existingTables() throws SQLException {
        return jdbi.withHandle(h -> {
            List<String> tables = new ArrayList<>();
            try (var rs = h.getConnection().getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            return tables;
        });
    }

    /** Reads the event counter row without the EventLog class (which has its own contract). */
    private record EventSequenceProbe(Jdbi jdbi) {
        boolean exists() {
            return jdbi.withHandle(h -> h.createQuery("SELECT last_seq FROM event_sequence WHERE id = 1")
                            .mapTo(Long.class)
                            .findOne())
                    .isPresent();
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
