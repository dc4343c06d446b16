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

    private final Stack stack;
    private final History history = new History();
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyLongWrapper savedState = new ReadOnlyLongWrapper(this, "savedState");
    private final BooleanBinding dirty;
    private final StringBinding displayName;

    public Document(Stack stack, Path path) {
        this.stack = Objects.requireNonNull(stack, "stack");
        this.path.set(path);
        this.savedState.set(history.getState());
        this.dirty = history.stateProperty().isNotEqualTo(savedState);
        this.displayName = Bindings.createStringBinding(this::computeDisplayName, this.path, stack.titleProperty());
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

    /** Records a successful save to {@code savedTo}: the document is clean from here. */
    public void markSaved(Path savedTo) {
        path.set(Objects.requireNonNull(savedTo, "savedTo"));
        savedState.set(history.getState());
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
