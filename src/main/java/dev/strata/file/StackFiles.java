package dev.strata.file;

import dev.strata.model.Stack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading stack files from disk and from the class path into the live model. */
public final class StackFiles {

    private static final String BUILT_IN = "/dev/strata/file/four-layer-ai-stack.stack.json";

    private StackFiles() {
    }

    /**
     * Reads and checks a stack file.
     *
     * @throws StackFileException for a missing, unreadable or invalid file, with a message for people
     */
    public static Stack read(Path path) throws StackFileException {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw new StackFileException(name, new Problem("", 1, 1, "this is a folder, not a file"));
            }
            long size = Files.size(path);
            if (size > JsonLimits.MAX_FILE_BYTES) {
                throw new StackFileException(name, new Problem("", 1, 1, "the file is too large ("
                        + size / (1024 * 1024) + " MiB; at most " + JsonLimits.MAX_FILE_BYTES / (1024 * 1024) + " MiB)"));
            }
            return StackMapper.toModel(StackCodec.read(Files.readAllBytes(path), name));
        } catch (NoSuchFileException e) {
            throw new StackFileException(name, new Problem("", 1, 1, "no such file"));
        } catch (IOException e) {
            throw new StackFileException(name, new Problem("", 1, 1, "cannot read the file: " + reason(e)));
        }
    }

    /** The four-layer AI stack that ships with the app. */
    public static Stack builtIn() {
        try (InputStream in = StackFiles.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in stack is missing from the application");
            }
            return StackMapper.toModel(StackCodec.read(in.readAllBytes(), "built-in stack"));
        } catch (IOException | StackFileException e) {
            throw new IllegalStateException("the built-in stack cannot be read: " + e.getMessage(), e);
        }
    }

    static String reason(IOException e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return message == null ? kind.toLowerCase(java.util.Locale.ROOT) : message;
    }
}
