package id.sistemparkir.server.auth;

import id.sistemparkir.server.db.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * SQL for {@code users}, prepared statements only. Every method takes the caller's {@link Handle}, so the service
 * decides what shares one transaction (a change and its audit line always do).
 */
final class UserRepository {

    private static final String COLUMNS =
            "id, username, full_name, password_hash, role, active, created_at, updated_at";

    Optional<StoredUser> findByUsername(Handle h, String username) {
        return h.createQuery("SELECT " + COLUMNS + " FROM users WHERE username = :username")
                .bind("username", username)
                .map(UserRepository::map)
                .findOne();
    }

    Optional<StoredUser> findById(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id)
                .map(UserRepository::map)
                .findOne();
    }

    List<StoredUser> list(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY username")
                .map(UserRepository::map)
                .list();
    }

    boolean anyUserExists(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one() > 0;
    }

    /**
     * The ids of the active admins, locked until the transaction ends ({@code FOR UPDATE}), so that two admins
     * demoting each other at the same moment cannot both pass the "another admin remains" check.
     */
    List<String> lockActiveAdmins(Handle h) {
        return h.createQuery("SELECT id FROM users WHERE role = :role AND active = TRUE ORDER BY id FOR UPDATE")
                .bind("role", Role.ADMIN.name())
                .mapTo(String.class)
                .list();
    }

    /** @throws RuntimeException a unique violation ({@code Sql.isUniqueViolation}) when the username is taken */
    void insert(Handle h, StoredUser user) {
        h.createUpdate("INSERT INTO users (" + COLUMNS + ") VALUES"
                        + " (:id, :username, :fullName, :passwordHash, :role, :active, :createdAt, :updatedAt)")
                .bind("id", user.id())
                .bind("username", user.username())
                .bind("fullName", user.fullName())
                .bind("passwordHash", user.passwordHash())
                .bind("role", user.role().name())
                .bind("active", user.active())
                .bind("createdAt", user.createdAt())
                .bind("updatedAt", user.updatedAt())
                .execute();
    }

    /** Writes role, active and full name. */
    void updateProfile(Handle h, StoredUser user) {
        h.createUpdate("UPDATE users SET full_name = :fullName, role = :role, active = :active,"
                        + " updated_at = :updatedAt WHERE id = :id")
                .bind("id", user.id())
                .bind("fullName", user.fullName())
                .bind("role", user.role().name())
                .bind("active", user.active())
                .bind("updatedAt", user.updatedAt())
                .execute();
    }

    /**
     * Replaces the password hash only if it is still {@code expectedHash} (compare-and-set: the check of the current
     * password ran outside the transaction); false when someone changed it meanwhile.
     */
    boolean replacePasswordHash(Handle h, String id, String expectedHash, String newHash, Instant at) {
        return h.createUpdate("UPDATE users SET password_hash = :newHash, updated_at = :at"
                                + " WHERE id = :id AND password_hash = :expectedHash")
                        .bind("id", id)
                        .bind("expectedHash", expectedHash)
                        .bind("newHash", newHash)
                        .bind("at", at)
                        .execute()
                == 1;
    }

    private static StoredUser map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredUser(
                rs.getString("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("active"),
                Times.fromDb(rs.getObject("created_at", LocalDateTime.class)),
                Times.fromDb(rs.getObject("updated_at", LocalDateTime.class)));
    }
}
