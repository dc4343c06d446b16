package dev.strata.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Runs work on the JavaFX thread from another thread and waits for its result. */
public final class FxThread {

    private static final long TIMEOUT_SECONDS = 120;

    private FxThread() {
    }

    /** Runs {@code work} on the JavaFX thread and returns its result, or throws what it threw. */
    public static <T> T call(Supplier<T> work) throws ExecutionException, TimeoutException, InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return await(result, "the JavaFX thread did not answer");
    }

    /** Waits for {@code result}; a timeout says {@code what} did not happen, and in how long. */
    static <T> T await(Future<T> result, String what) throws ExecutionException, TimeoutException, InterruptedException {
        return await(result, what, TIMEOUT_SECONDS);
    }

    static <T> T await(Future<T> result, String what, long seconds)
            throws ExecutionException, TimeoutException, InterruptedException {
        try {
            return result.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new TimeoutException(what + " within " + seconds + " s");
        }
    }
}
