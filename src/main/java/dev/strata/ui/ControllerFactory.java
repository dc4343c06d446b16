package dev.strata.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * Builds FXML controllers with their collaborators passed to the constructor. Each window
 * registers how to make the controllers of its views; nothing is looked up statically.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {

    private final Map<Class<?>, Supplier<?>> makers = new HashMap<>();

    public <T> ControllerFactory register(Class<T> type, Supplier<? extends T> maker) {
        makers.put(type, maker);
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> maker = makers.get(type);
        if (maker == null) {
            throw new IllegalStateException("no controller registered for " + type.getName());
        }
        return maker.get();
    }
}
