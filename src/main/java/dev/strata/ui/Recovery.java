package dev.strata.ui;

import dev.strata.edit.Document;
import dev.strata.file.SafeSave;
import dev.strata.file.StackCodec;
import dev.strata.file.StackFileException;
import dev.strata.file.StackFiles;
import dev.strata.file.StackRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;

/**
 * Crash safety: while the open document has unsaved changes, a copy of it is written in the
 * background a few seconds after the last change. A save, an undo back to the saved state or a
 * clean close removes the copy; after a crash the next start finds it and offers to restore it.
 */
final class Recovery {

    /** A recovery copy found on disk: the stack, and the file it belonged to (or null). */
    record Copy(Document document, Path originalFile) {
    }

    private static final Logger LOG = Logger.getLogger(Recovery.class.getName());
    private static final String STACK = "unsaved" + StackCodec.EXTENSION;
    private static final String ORIGIN = "unsaved.origin";

    private final Path folder;
    private final Executor background;
    private final PauseTransition quietPeriod;
    private final ChangeListener<Number> onChange = (obs, was, is) -> changed();
    /** A save leaves the history where it was, but the document clean. */
    private final ChangeListener<Boolean> onDirtyChange = (obs, was, is) -> changed();
    private Document watched;

    Recovery(Path folder, Executor background, Duration delay) {
        this.folder = folder;
        this.background = background;
        this.quietPeriod = new PauseTransition(delay);
        this.quietPeriod.setOnFinished(event -> writeCopy());
    }

    /**
     * Follows {@code document} from now on. When it replaces a document watched before (whose
     * changes the user has saved or dropped), that document's copy goes; the first document a
     * window shows leaves any copy alone, so that a crashed session's copy can still be offered.
     */
    void watch(Document document) {
        boolean replacing = watched != null;
        if (replacing) {
            watched.history().stateProperty().removeListener(onChange);
            watched.dirtyProperty().removeListener(onDirtyChange);
        }
        watched = document;
        document.history().stateProperty().addListener(onChange);
        document.dirtyProperty().addListener(onDirtyChange);
        quietPeriod.stop();
        if (document.isDirty()) {
            quietPeriod.playFromStart();
        } else if (replacing) {
            discard();
        }
    }

    /** Removes the recovery copy: the work is saved, or the user chose to drop it. */
    void discard() {
        quietPeriod.stop();
        Path stack = folder.resolve(STACK);
        Path origin = folder.resolve(ORIGIN);
        background.execute(() -> {
            try {
                Files.deleteIfExists(stack);
                Files.deleteIfExists(SafeSave.backupOf(stack));
                Files.deleteIfExists(origin);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot remove the recovery copy in " + folder, e);
            }
        });
    }

    /** The copy a crashed session left behind, if there is a readable one. */
    Optional<Copy> find() {
        Path stack = folder.resolve(STACK);
        if (!Files.isRegularFile(stack)) {
            return Optional.empty();
        }
        try {
            Path original = readOrigin(folder.resolve(ORIGIN));
            StackFiles.Loaded loaded = StackFiles.read(stack);
            String diskFingerprint = original == null ? null : StackFiles.fingerprint(original).orElse(null);
            return Optional.of(new Copy(Document.recovered(loaded.stack(), original, diskFingerprint), original));
        } catch (StackFileException e) {
            LOG.log(Level.WARNING, "the recovery copy cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void changed() {
        if (watched.isDirty()) { // restarted by each change, so a copy follows the last one
            quietPeriod.playFromStart();
        } else {
            discard();
        }
    }

    private void writeCopy() {
        if (watched == null || !watched.isDirty()) {
            return;
        }
        StackRecord snapshot = StackFiles.snapshot(watched.stack());
        Path original = watched.getPath();
        background.execute(() -> {
            try {
                Files.createDirectories(folder);
                StackFiles.save(snapshot, folder.resolve(STACK));
                Files.writeString(folder.resolve(ORIGIN), original == null ? "" : original.toAbsolutePath().toString(),
                        StandardCharsets.UTF_8);
            } catch (StackFileException | IOException e) {
                LOG.log(Level.WARNING, "cannot write the recovery copy: " + e.getMessage());
            }
        });
    }

    private static Path readOrigin(Path origin) {
        try {
            String text = Files.isRegularFile(origin) ? Files.readString(origin, StandardCharsets.UTF_8).strip() : "";
            return text.isEmpty() ? null : Path.of(text);
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }
}
