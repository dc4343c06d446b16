package dev.strata.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file without ever destroying the old one: the new content goes to a temporary file
 * in the same folder, is flushed to disk, and then atomically takes the old file's place. The
 * previous version is kept as {@code NAME.bak}. If anything fails, the old file is untouched and
 * the temporary file is removed.
 */
public final class SafeSave {

    /** Writes the new content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeSave() {
    }

    /** The backup kept beside {@code file}: {@code NAME.bak}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * Safely replaces (or creates) {@code target} with {@code content}.
     *
     * @throws IOException when the file cannot be written; {@code target} is then as it was
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new IOException("a folder of that name is in the way");
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        Path temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
        try {
            givePermissions(temporary, file);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.isRegularFile(file)) {
                keepBackup(file);
            }
            moveIntoPlace(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
        syncFolder(folder);
    }

    /**
     * A temporary file is private to its owner; the saved file gets the permissions the old one
     * had, or those of an ordinary document (rw-r--r--) when it is new.
     */
    private static void givePermissions(Path temporary, Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.isRegularFile(file)
                ? Files.getPosixFilePermissions(file)
                : PosixFilePermissions.fromString("rw-r--r--");
        view.setPermissions(permissions);
    }

    /**
     * Keeps the current version as the backup: a second name (hard link) for the same bytes where
     * the file system has them, which costs no copying; the new version then replaces the file
     * under its name only. Elsewhere, a copy.
     */
    private static void keepBackup(Path file) throws IOException {
        Path backup = backupOf(file);
        Path temporary = Files.createTempFile(file.getParent(), "." + backup.getFileName() + ".", ".tmp");
        try {
            try {
                Files.delete(temporary);
                Files.createLink(temporary, file);
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            moveIntoPlace(temporary, backup);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows syncing a folder. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a folder for syncing; the file itself is on disk already.
        }
    }
}
