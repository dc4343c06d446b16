package dev.strata.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs file work off the JavaFX thread, one job at a time and in order, and tells the window
 * what is going on (for the status bar). Results come back on the JavaFX thread.
 */
public final class BackgroundWork implements Executor {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "strata-file-work");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private int running;

    /**
     * Runs {@code work} in the background, showing {@code description} while it runs, then
     * {@code done} or {@code failed} on the JavaFX thread.
     */
    public <T> void run(String description, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> {
            finished();
            done.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finished();
            Throwable error = task.getException();
            if (error instanceof Exception exception) {
                failed.accept(exception);
            } else {
                throw new IllegalStateException("background work failed", error);
            }
        });
        running++;
        busy.set(true);
        message.set(description);
        worker.execute(task);
    }

    /** Queues a chore (no result, no status), in order with the other work. */
    @Override
    public void execute(Runnable chore) {
        worker.execute(chore);
    }

    /** True while a job started with {@link #run} is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** What the running job does ("Opening map.stack.json…"), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Lets queued work finish (a few seconds at most) before the application ends. */
    public void shutdown() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void finished() {
        running--;
        if (running == 0) {
            busy.set(false);
            message.set("");
        }
    }
}
