package id.sistemparkir.server.backup;

import id.sistemparkir.server.auth.AuthContext;
import id.sistemparkir.server.auth.Role;
import io.javalin.config.RoutesConfig;

/**
 * <pre>
 * GET  /api/v1/backups   ADMIN  [BackupFile] of the embedded database, newest first
 * POST /api/v1/backups   ADMIN  201 BackupFile ("backup now"); 409 not_embedded on MariaDB/MySQL
 * </pre>
 */
public final class BackupModule {

    private final BackupService backups;

    public BackupModule(BackupService backups) {
        this.backups = backups;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/backups", ctx -> ctx.json(backups.list()), Role.ADMIN);
        routes.post(
                "/api/v1/backups",
                ctx -> ctx.status(201)
                        .json(backups.backupNow(AuthContext.user(ctx).actor())),
                Role.ADMIN);
    }
}
