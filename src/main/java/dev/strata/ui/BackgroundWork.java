package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;
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
 * what is going on (for the status bar). Results come back on the JavaFX thread. Work that only
 * reads ({@link #runCancellable}) can be cancelled: its result is then dropped and the job is
 * interrupted; work that writes always runs to its end.
 */
public final class BackgroundWork implements Executor {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "strata-file-work");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    /** The jobs started and not yet finished, in order. */
    private final List<Job> jobs = new ArrayList<>();

    private record Job(Task<?> task, String description, boolean cancellable) {
    }

    /**
     * Runs {@code work} in the background, showing {@code description} while it runs, then
     * {@code done} or {@code failed} on the JavaFX thread. It cannot be cancelled.
     */
    public <T> void run(String description, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        start(description, work, done, failed, false);
    }

    /**
     * As {@link #run}, for work that changes nothing outside itself (reading a file): {@link
     * #cancel} drops it, and neither {@code done} nor {@code failed} is called.
     */
    public <T> void runCancellable(String description, Callable<T> work, Consumer<T> done,
            Consumer<Exception> failed) {
        start(description, work, done, failed, true);
    }

    /** Drops every cancellable job not finished yet, interrupting the one that runs. */
    public void cancel() {
        for (Job job : List.copyOf(jobs)) {
            if (job.cancellable()) {
                job.task().cancel(true);
            }
        }
    }

    private <T> void start(String description, Callable<T> work, Consumer<T> done, Consumer<Exception> failed,
            boolean canCancel) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        Job job = new Job(task, description, canCancel);
        task.setOnSucceeded(event -> {
            finished(job);
            done.accept(task.getValue());
        });
        task.setOnCancelled(event -> finished(job));
        task.setOnFailed(event -> {
            finished(job);
            Throwable error = task.getException();
            if (error instanceof Exception exception) {
                failed.accept(exception);
            } else {
                throw new IllegalStateException("background work failed", error);
            }
        });
        jobs.add(job);
        show();
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

    /** True while the job under way can be cancelled. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
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

    private void finished(Job job) {
        jobs.remove(job);
        show();
    }

    /** The status of the first job not finished, or none. */
    private void show() {
        Job first = jobs.isEmpty() ? null : jobs.get(0);
        busy.set(first != null);
        message.set(first == null ? "" : first.description());
        cancellable.set(first != null && first.cancellable());
    }
}
