package dev.strata.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a file to open or a place to save. Tests replace the system choosers. */
public interface FileDialogs {

    Optional<Path> chooseFileToOpen(Window owner);

    /** A landscape.yml to import. */
    Optional<Path> chooseLandscapeFile(Window owner);

    /** A mapping (JSON) that places a landscape's categories on chosen layers. */
    Optional<Path> chooseMappingFile(Window owner);

    /**
     * @param suggested the file name to propose, such as {@code four-layer-ai-stack.stack.json}
     */
    Optional<Path> chooseFileToSave(Window owner, String suggested);

    /**
     * Where to export a picture.
     *
     * @param extension {@code png} or {@code svg}
     */
    Optional<Path> chooseExportFile(Window owner, String suggested, String extension);

    /** A PNG or JPEG picture for a vendor's logo, starting in {@code folder} (the stack file's). */
    Optional<Path> chooseLogo(Window owner, Path folder);
}
