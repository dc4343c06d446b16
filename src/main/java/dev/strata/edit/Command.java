package dev.strata.edit;

/**
 * One change a person makes to the document, which can be undone and redone. Commands change
 * the model only in {@link #execute()} and {@link #undo()}.
 */
public interface Command {

    /** Applies the change (again, after an undo). */
    void execute();

    /** Reverts exactly what {@link #execute()} did. */
    void undo();

    /** What the menu says after "Undo"/"Redo": {@code Move NVIDIA to Model}. */
    String description();
}
