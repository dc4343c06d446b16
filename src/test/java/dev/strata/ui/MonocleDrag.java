package dev.strata.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Works around a Monocle bug: after a plain mouse drag its {@code MouseInput.dragView} stays
 * set and the next real drag-and-drop in the same JVM fails. Test set-up only; on a real
 * display (no Monocle) this does nothing.
 */
final class MonocleDrag {

    private MonocleDrag() {
    }

    static void reset() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            try {
                Class<?> mouseInput = Class.forName("com.sun.glass.ui.monocle.MouseInput");
                Method instance = mouseInput.getDeclaredMethod("getInstance");
                instance.setAccessible(true);
                Field dragView = mouseInput.getDeclaredField("dragView");
                dragView.setAccessible(true);
                dragView.set(instance.invoke(null), null);
            } catch (ClassNotFoundException notMonocle) {
                // a real display: nothing to reset
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot reset Monocle's drag state", e);
            }
        });
        Platform.requestNextPulse();
    }
}
