package dev.strata.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The undo/redo history of one document. Every executed command gets a new state number, so
 * "has the document changed since it was saved?" is a comparison of two numbers.
 */
public final class History {

    private static final long INITIAL_STATE = 0;

    private record Entry(Command command, long state) {
    }

    private final Deque<Entry> undoStack = new ArrayDeque<>();
    private final Deque<Entry> redoStack = new ArrayDeque<>();
    private final ReadOnlyLongWrapper state = new ReadOnlyLongWrapper(this, "state", INITIAL_STATE);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private long lastState = INITIAL_STATE;
    private boolean busy;

    /** Runs a command and makes it the step that Undo reverts; clears Redo. */
    public void execute(Command command) {
        guard(() -> command.execute());
        undoStack.push(new Entry(command, ++lastState));
        redoStack.clear();
        publish();
    }

    public void undo() {
        if (undoStack.isEmpty()) {
            return;
        }
        Entry entry = undoStack.peek();
        guard(() -> entry.command().undo());
        redoStack.push(undoStack.pop());
        publish();
    }

    public void redo() {
        if (redoStack.isEmpty()) {
            return;
        }
        Entry entry = redoStack.peek();
        guard(() -> entry.command().execute());
        undoStack.push(redoStack.pop());
        publish();
    }

    /** The command Undo would take back, if any. */
    public Optional<Command> nextUndo() {
        return Optional.ofNullable(undoStack.peek()).map(Entry::command);
    }

    /** The command Redo would do again, if any. */
    public Optional<Command> nextRedo() {
        return Optional.ofNullable(redoStack.peek()).map(Entry::command);
    }

    /** Identifies the document's content: equal numbers mean the same sequence of changes. */
    public ReadOnlyLongProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public long getState() {
        return state.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The description of the step Undo would revert, or empty. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    /** The description of the step Redo would repeat, or empty. */
    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /** Refuses a command that runs another command from inside itself. */
    private void guard(Runnable action) {
        if (busy) {
            throw new IllegalStateException("a command may not change the history while it runs");
        }
        busy = true;
        try {
            action.run();
        } finally {
            busy = false;
        }
    }

    private void publish() {
        state.set(undoStack.isEmpty() ? INITIAL_STATE : undoStack.peek().state());
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        undoDescription.set(undoStack.isEmpty() ? "" : undoStack.peek().command().description());
        redoDescription.set(redoStack.isEmpty() ? "" : redoStack.peek().command().description());
    }
}
