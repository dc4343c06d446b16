package dev.strata.file;

import dev.strata.model.Stack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Stack files on disk and on the class path, read into the live model and saved from it. */
public final class StackFiles {

    private static final String BUILT_IN = "/dev/strata/file/four-layer-ai-stack.stack.json";

    /** A stack read from a file, with the fingerprint of the bytes it was read from. */
    public record Loaded(Stack stack, String fingerprint) {
    }

    private StackFiles() {
    }

    /**
     * Reads and checks a stack file.
     *
     * @throws StackFileException for a missing, unreadable or invalid file, with a message for people
     */
    public static Loaded read(Path path) throws StackFileException {
        String name = path.toString();
        byte[] bytes = readBytes(path, name);
        return new Loaded(StackMapper.toModel(StackCodec.read(bytes, name)), fingerprint(bytes));
    }

    /**
     * What a save writes, taken from the live model. Take it on the thread that owns the model;
     * the snapshot itself may then be written from any thread.
     */
    public static StackRecord snapshot(Stack stack) {
        return StackMapper.toRecord(stack);
    }

    /**
     * Saves a stack safely (see {@link SafeSave}); the old file is kept as {@code NAME.bak}.
     *
     * @return the fingerprint of what is now on disk
     * @throws StackFileException when it cannot be saved; the file on disk is then as it was
     */
    public static String save(StackRecord snapshot, Path path) throws StackFileException {
        byte[] bytes = StackCodec.write(snapshot);
        writeSafely(path, bytes);
        return fingerprint(bytes);
    }

    /**
     * Rewrites {@code source} in canonical form into {@code target} (which may be the same file),
     * keeping every field, known or not.
     *
     * @throws StackFileException when the source is invalid or the target cannot be written
     */
    public static void format(Path source, Path target) throws StackFileException {
        String name = source.toString();
        writeSafely(target, StackCodec.write(StackCodec.read(readBytes(source, name), name)));
    }

    private static void writeSafely(Path path, byte[] bytes) throws StackFileException {
        try {
            SafeSave.write(path, out -> out.write(bytes));
        } catch (IOException e) {
            throw problem(path.toString(), "cannot save: " + IoReasons.describe(e));
        }
    }

    /** The fingerprint of the file's current bytes; empty if it cannot be read (or is gone). */
    public static Optional<String> fingerprint(Path path) {
        try {
            return Files.isRegularFile(path) ? Optional.of(fingerprint(Files.readAllBytes(path))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
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

    /** A new stack: the four layers of the built-in stack and their segments, with no vendors yet. */
    public static Stack blank() {
        Stack stack = builtIn();
        stack.setTitle("Untitled stack");
        stack.setDescription("");
        stack.setSource(null);
        stack.getLinks().clear();
        stack.getDrivers().clear();
        stack.getLayers().forEach(layer -> layer.getVendors().clear());
        return stack;
    }

    /**
     * The bytes of a file to read (a stack, a landscape, a mapping), or one problem saying why
     * not: not there, a folder, larger than any file Strata reads (checked before reading), or
     * unreadable.
     */
    public static byte[] readInput(Path path) throws StackFileException {
        return readBytes(path, path.toString());
    }

    private static byte[] readBytes(Path path, String name) throws StackFileException {
        try {
            if (Files.isDirectory(path)) {
                throw problem(name, "this is a folder, not a file");
            }
            long size = Files.size(path);
            if (size > JsonLimits.MAX_FILE_BYTES) {
                throw problem(name, JsonLimits.tooLarge(size));
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw problem(name, "no such file");
        } catch (IOException e) {
            throw problem(name, "cannot read the file: " + IoReasons.describe(e));
        }
    }

    private static StackFileException problem(String file, String message) {
        return new StackFileException(file, new Problem("", 1, 1, message));
    }

    private static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
