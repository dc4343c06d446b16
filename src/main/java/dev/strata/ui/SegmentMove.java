package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Segment;

/**
 * A request from the stack view to move a segment among its layer's segments, made by dragging
 * its title; whoever owns the document turns it into one undoable command.
 *
 * @param index the segment's new place among the layer's segments, counted without it
 */
public record SegmentMove(Layer layer, Segment segment, int index) {
}
