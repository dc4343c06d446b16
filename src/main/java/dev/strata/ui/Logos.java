package dev.strata.ui;

import dev.strata.model.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * Vendor logos of one stack file: PNG or JPEG files inside the file's folder. A logo is read
 * only if its path stays inside that folder (after following links), the file is at most
 * {@link #MAX_BYTES}, and it decodes; it is decoded in the background straight at badge size,
 * so a huge picture costs no more memory than a small one. Anything wrong gives no logo, and the
 * card shows its initials. Nothing here touches the network.
 */
public final class Logos {

    /** Larger logo files are not read. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    /** The size logos are decoded at (the badge is drawn smaller). */
    static final double DECODED_SIZE = 72;

    /** No logos at all: a stack that has no file yet. */
    public static final Logos NONE = new Logos(null, true);

    private final Path folder;
    private final boolean inBackground;
    private final Map<String, Optional<Image>> loaded = new HashMap<>();

    /**
     * @param folder the stack file's folder, or null for a stack without a file
     * @param inBackground true to decode without blocking (the window), false to have every logo
     *     ready at once (pictures)
     */
    private Logos(Path folder, boolean inBackground) {
        this.folder = folder;
        this.inBackground = inBackground;
    }

    /** Logos for the window: decoded in the background, shown when ready. */
    public static Logos forWindow(Path folder) {
        return new Logos(folder, true);
    }

    /** Logos for a picture: decoded before it is drawn. */
    public static Logos forPicture(Path folder) {
        return new Logos(folder, false);
    }

    /** The same folder's logos, decoded before they are drawn. */
    public Logos forPicture() {
        return new Logos(folder, false);
    }

    /** The logo for {@code path} (as written in the stack file), loading in the background. */
    public Optional<Image> logo(String path) {
        if (path == null || folder == null) {
            return Optional.empty();
        }
        return loaded.computeIfAbsent(path, this::load);
    }

    private Optional<Image> load(String path) {
        return resolve(path).map(file -> new Image(file.toUri().toString(), DECODED_SIZE, DECODED_SIZE, true, true,
                inBackground));
    }

    /** The file a logo path names, if it is a readable image inside the folder and small enough. */
    Optional<Path> resolve(String path) {
        if (!Ids.isLogoPath(path)) {
            return Optional.empty();
        }
        try {
            Path root = folder.toRealPath();
            Path file = root.resolve(path).normalize();
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            if (!real.startsWith(root) || Files.size(real) > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
