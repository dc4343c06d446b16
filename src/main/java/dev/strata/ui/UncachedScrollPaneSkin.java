package dev.strata.ui;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A scroll pane skin whose viewport is not cached as a bitmap. JavaFX's skin caches it, which
 * pays when the viewport moves as a whole; but the stack changes inside its viewport on every
 * drag mark, hover, selection and scroll step, and each change then redraws the whole viewport
 * into the cache before showing it, instead of redrawing only the region that changed.
 */
final class UncachedScrollPaneSkin extends ScrollPaneSkin {

    UncachedScrollPaneSkin(ScrollPane scroller) {
        super(scroller);
        getChildren().stream()
                .filter(child -> child.getStyleClass().contains("viewport"))
                .forEach(viewport -> viewport.setCache(false));
    }
}
