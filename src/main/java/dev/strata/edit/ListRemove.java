package dev.strata.edit;

import java.util.List;

/** Takes an item out of a list; undo puts it back where it was. */
public final class ListRemove<T> implements Command {

    private final List<T> list;
    private final T item;
    private final String description;
    private int index = -1;

    public ListRemove(List<T> list, T item, String description) {
        this.list = list;
        this.item = item;
        this.description = description;
    }

    @Override
    public void execute() {
        index = list.indexOf(item);
        if (index < 0) {
            throw new IllegalStateException(item + " is not in the list");
        }
        list.remove(index);
    }

    @Override
    public void undo() {
        list.add(index, item);
    }

    @Override
    public String description() {
        return description;
    }
}
