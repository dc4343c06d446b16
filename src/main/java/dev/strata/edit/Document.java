package dev.strata.edit;

import dev.strata.model.Stack;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * An open stack: the model, the file it belongs to (none for a new or built-in stack) and its
 * undo history. Whether it has unsaved changes is derived from the history, never stored.
 */
public final class Document {

    /** A saved state that no history reaches: the document differs from every file. */
    private static final long NEVER_SAVED = -1;

    private final Stack stack;
    private final History history = new History();
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyLongWrapper savedState = new ReadOnlyLongWrapper(this, "savedState");
    private String diskFingerprint;
    private final BooleanBinding dirty;
    private final StringBinding displayName;

    /**
     * A document as it is on disk (or a new one, without a path).
     *
     * @param diskFingerprint identifies the file's content when it was read; null without a file
     */
    public Document(Stack stack, Path path, String diskFingerprint) {
        this.stack = Objects.requireNonNull(stack, "stack");
        this.path.set(path);
        this.diskFingerprint = diskFingerprint;
        this.savedState.set(history.getState());
        this.dirty = history.stateProperty().isNotEqualTo(savedState);
        this.displayName = Bindings.createStringBinding(this::computeDisplayName, this.path, stack.titleProperty());
    }

    /** A new document that has never been saved. */
    public static Document untitled(Stack stack) {
        return new Document(stack, null, null);
    }

    /** A new document made from something else (an import): it has unsaved changes from the start. */
    public static Document unsaved(Stack stack) {
        Document document = new Document(stack, null, null);
        document.savedState.set(NEVER_SAVED);
        return document;
    }

    /**
     * A document restored from a recovery copy: it belongs to {@code path} (if any) but has
     * changes that the file does not, so it starts out dirty.
     */
    public static Document recovered(Stack stack, Path path, String diskFingerprint) {
        Document document = new Document(stack, path, diskFingerprint);
        document.savedState.set(NEVER_SAVED);
        return document;
    }

    public Stack stack() {
        return stack;
    }

    public History history() {
        return history;
    }

    /** The stack file on disk, or null when the document has never been saved. */
    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public Path getPath() {
        return path.get();
    }

    /** True while there are changes that the file on disk does not have. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /**
     * Records a successful save to {@code savedTo}.
     *
     * @param fingerprint identifies the content now on disk
     * @param state the {@linkplain History#getState() history state} that was written; the
     *     document is clean whenever its history is at that state (edits made while the save
     *     ran keep it dirty)
     */
    public void markSaved(Path savedTo, String fingerprint, long state) {
        path.set(Objects.requireNonNull(savedTo, "savedTo"));
        diskFingerprint = fingerprint;
        savedState.set(state);
    }

    /** Identifies the file's content when this document last read or wrote it; null without a file. */
    public String getDiskFingerprint() {
        return diskFingerprint;
    }

    /** The file name, or the stack's title for a document without a file. */
    public StringBinding displayNameProperty() {
        return displayName;
    }

    private String computeDisplayName() {
        Path file = path.get();
        if (file != null && file.getFileName() != null) {
            return file.getFileName().toString();
        }
        String title = stack.getTitle();
        return title == null || title.isBlank() ? "Untitled" : title;
    }
}
