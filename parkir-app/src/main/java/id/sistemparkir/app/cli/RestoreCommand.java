package id.sistemparkir.app.cli;

import id.sistemparkir.client.i18n.Language;
import id.sistemparkir.client.i18n.Messages;
import id.sistemparkir.server.backup.BackupFile;
import id.sistemparkir.server.backup.BackupFiles;
import id.sistemparkir.server.backup.BackupRestore;
import id.sistemparkir.server.config.ServerConfig;
import id.sistemparkir.server.db.DatabaseKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parkir restore}: puts a backup of the embedded database back, with the server stopped. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Restore the embedded (H2) database from a backup in <data-dir>/backups/ (made by \"backup now\" or the",
            "daily backup). Stop the server first; the current database is kept beside the restored one.",
            "MariaDB/MySQL: restore with mariadb (see the administrator guide)."
        })
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "The server's data dir (default <PARKIR_HOME>/server).")
    Path dataDir;

    @Option(names = "--list", description = "List the backups, newest first, and restore nothing.")
    boolean list;

    @Option(
            names = "--lang",
            paramLabel = "id|en",
            description = "Language of the messages (else PARKIR_LANG, else id).")
    String lang;

    @Parameters(
            arity = "0..1",
            paramLabel = "BACKUP",
            description = "A backup name from --list, or a backup .zip path.")
    String backup;

    @Override
    public Integer call() throws IOException {
        Messages words = Messages.load(Language.resolve(lang, System.getenv()), "i18n/backup");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config =
                ServerSettings.resolve(new ServerSettings.Flags(null, null, null, null, dataDir), System.getenv());
        if (config.database().kind() != DatabaseKind.H2) {
            err.println("parkir: " + words.text("restore.not_embedded"));
            return 1;
        }
        BackupFiles files = new BackupFiles(config.dataDir());
        if (list || backup == null) {
            List<BackupFile> backups = files.list();
            if (backups.isEmpty()) {
                out.println(words.text("restore.none", files.folder()));
            }
            for (BackupFile file : backups) {
                out.println(words.text("restore.listed", file.name(), file.sizeBytes(), file.createdAt()));
            }
            return list ? 0 : UserErrorHandler.USER_ERROR;
        }
        try {
            Path kept = new BackupRestore(config.dataDir(), Clock.systemUTC()).restore(backup);
            out.println(words.text("restore.done", backup, kept));
            return 0;
        } catch (BackupRestore.RestoreException e) {
            err.println("parkir: " + words.text("restore." + e.code(), e.detail()));
            return 1;
        }
    }
}
