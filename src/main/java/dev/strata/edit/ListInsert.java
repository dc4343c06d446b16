package dev.strata.edit;

import java.util.List;

/** Puts an item into a list at an index; undo takes it out again. */
public final class ListInsert<T> implements Command {

    private final List<T> list;
    private final T item;
    private final int index;
    private final String description;

    public ListInsert(List<T> list, int index, T item, String description) {
        this.list = list;
        this.item = item;
        this.index = index;
        this.description = description;
    }

    @Override
    public void execute() {
        list.add(index, item);
    }

    @Override
    public void undo() {
        list.remove(index);
    }

    @Override
    public String description() {
        return description;
    }
}
