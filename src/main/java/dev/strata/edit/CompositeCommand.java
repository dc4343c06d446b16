package dev.strata.edit;

import java.util.List;

/** Several changes that are one step for the user: done in order, undone in reverse. */
public final class CompositeCommand implements Command {

    private final String description;
    private final List<Command> steps;

    public CompositeCommand(String description, List<Command> steps) {
        this.description = description;
        this.steps = List.copyOf(steps);
    }

    @Override
    public void execute() {
        steps.forEach(Command::execute);
    }

    @Override
    public void undo() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            steps.get(i).undo();
        }
    }

    @Override
    public String description() {
        return description;
    }
}
