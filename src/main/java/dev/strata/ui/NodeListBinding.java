package dev.strata.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Keeps a list of nodes in step with a list of model items: one node per item, in the same
 * (or reversed) order. A node is made once per item and kept while the item stays, so moving
 * an item moves its node instead of rebuilding it.
 */
final class NodeListBinding<T> {

    private final ObservableList<T> items;
    private final ObservableList<Node> nodes;
    private final Function<T, Node> factory;
    private final Consumer<Node> disposer;
    private final boolean reversed;
    private final Map<T, Node> made = new IdentityHashMap<>();
    private final ListChangeListener<T> listener = change -> sync();

    NodeListBinding(ObservableList<T> items, ObservableList<Node> nodes, Function<T, Node> factory,
            Consumer<Node> disposer, boolean reversed) {
        this.items = items;
        this.nodes = nodes;
        this.factory = factory;
        this.disposer = disposer;
        this.reversed = reversed;
        items.addListener(listener);
        sync();
    }

    /** The node made for {@code item}, or null. */
    Node nodeOf(T item) {
        return made.get(item);
    }

    /** Stops following the items and disposes every node made. */
    void dispose() {
        items.removeListener(listener);
        made.values().forEach(disposer);
        made.clear();
        nodes.clear();
    }

    private void sync() {
        Map<T, Node> previous = new IdentityHashMap<>(made);
        made.clear();
        List<Node> ordered = new ArrayList<>(items.size());
        for (T item : items) {
            Node node = previous.remove(item);
            if (node == null) {
                node = factory.apply(item);
            }
            made.put(item, node);
            ordered.add(node);
        }
        previous.values().forEach(disposer);
        if (reversed) {
            Collections.reverse(ordered);
        }
        if (!ordered.equals(nodes)) {
            nodes.setAll(ordered);
        }
    }
}
