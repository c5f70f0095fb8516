package id.sistemparkir.desktop.admin;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Where an exported report is saved: a save dialog in the window, a fixed folder in tests (so a test clicks the export
 * buttons without a dialog to answer).
 */
@FunctionalInterface
public interface ExportTarget {

    /**
     * @param title the dialog's title
     * @param format {@code csv}, {@code xlsx} or {@code pdf}
     * @param suggestedName e.g. {@code laporan-2026-12-01_2026-12-01.csv}
     * @return the file to write, or empty when the admin cancelled
     */
    Optional<Path> choose(String title, String format, String suggestedName);

    /** The save dialog of the platform, owned by {@code owner}. */
    static ExportTarget dialog(Stage owner) {
        return (title, format, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(format.toUpperCase(java.util.Locale.ROOT), "*." + format));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }

    /** Always {@code folder}/the suggested name. */
    static ExportTarget folder(Path folder) {
        return (title, format, suggestedName) -> Optional.of(folder.resolve(suggestedName));
    }
}
