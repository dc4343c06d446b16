package dev.strata.ui;

import dev.strata.model.Layer;

/**
 * Where a dragged card would land: a layer, a segment of it (or none) and an index in the
 * layer's vendor list counted as if the dragged vendor had already been taken out.
 *
 * @param marker the card the insertion marker is drawn on, or null to mark the lane
 * @param before true to draw the marker before {@code marker}, false after it
 */
record DropPlace(Layer layer, String segment, int index, VendorCard marker, boolean before) {
}
