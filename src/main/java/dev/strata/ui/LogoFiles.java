package dev.strata.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Where a stack's vendor logos come from: PNG or JPEG files in the stack file's folder, written
 * in the file as paths relative to it ({@code logos/nvidia.png}). A stack without a file has no
 * folder yet, and so no logos.
 *
 * @param folder the stack file's folder, or null for a stack not saved yet
 */
record LogoFiles(Path folder, FileDialogs dialogs) {

    boolean available() {
        return folder != null;
    }

    /**
     * Asks for a picture, starting in the stack's folder: its path relative to the folder, with
     * {@code /} between names, or, for a picture outside the folder, its full path (which the
     * vendor's rules refuse, saying why); empty when the user cancels.
     */
    Optional<String> choose(Window owner) {
        if (folder == null) {
            return Optional.empty();
        }
        Path base = real(folder);
        return dialogs.chooseLogo(owner, base).map(chosen -> {
            Path picture = real(chosen);
            return picture.startsWith(base)
                    ? base.relativize(picture).toString().replace(picture.getFileSystem().getSeparator(), "/")
                    : picture.toString();
        });
    }

    /** The path with links followed, as the window's logo reader sees it; as written when it cannot be. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
