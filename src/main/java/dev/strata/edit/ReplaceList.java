package dev.strata.edit;

import java.util.List;
import javafx.collections.ObservableList;

/** Replaces the contents of a list (a vendor's tags); undo brings back the old contents. */
public final class ReplaceList<T> implements Command {

    private final ObservableList<T> list;
    private final List<T> oldItems;
    private final List<T> newItems;
    private final String description;

    public ReplaceList(ObservableList<T> list, List<T> newItems, String description) {
        this.list = list;
        this.oldItems = List.copyOf(list);
        this.newItems = List.copyOf(newItems);
        this.description = description;
    }

    @Override
    public void execute() {
        list.setAll(newItems);
    }

    @Override
    public void undo() {
        list.setAll(oldItems);
    }

    @Override
    public String description() {
        return description;
    }
}
