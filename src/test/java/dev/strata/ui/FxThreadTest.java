package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Waiting on JavaFX work says what did not happen, so that the bench can print it. */
class FxThreadTest {

    @Test
    void aTimeoutSaysWhatDidNotHappenAndInHowLong() {
        assertThatThrownBy(() -> FxThread.await(new CompletableFuture<>(), "no frame was drawn", 0))
                .isInstanceOf(TimeoutException.class)
                .hasMessage("no frame was drawn within 0 s");
    }

    @Test
    void aResultIsReturned() throws Exception {
        assertThat(FxThread.await(CompletableFuture.completedFuture(42), "no answer", 0)).isEqualTo(42);
    }
}
