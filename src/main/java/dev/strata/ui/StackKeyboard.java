package dev.strata.ui;

import dev.strata.model.Layer;
import dev.strata.model.Segment;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;

/**
 * The stack without a mouse: Up/Down move between layers, Left/Right between the cards of a
 * layer (Left on a layer collapses it, Right expands it), Home/End jump to its first and last
 * card, Enter opens the details; with Shift they select every card on the way from the anchor.
 * Alt with Up/Down moves the selected vendors to the layer above or below, Alt with Left/Right
 * moves them along their lane and, at its end, into the next lane.
 */
final class StackKeyboard implements EventHandler<KeyEvent> {

    private final StackView view;
    private final StackViewSkin skin;
    /** Shift is down: keys that go to a vendor select the range from the anchor to it. */
    private boolean extending;

    StackKeyboard(StackView view, StackViewSkin skin) {
        this.view = view;
        this.skin = skin;
    }

    @Override
    public void handle(KeyEvent event) {
        Stack stack = skin.stack();
        if (stack == null || stack.getLayers().isEmpty() || event.isShortcutDown()) {
            return;
        }
        extending = event.isShiftDown();
        boolean handled = switch (event.getCode()) {
            case UP -> event.isAltDown() ? moveToLayer(+1) : goToLayer(+1);
            case DOWN -> event.isAltDown() ? moveToLayer(-1) : goToLayer(-1);
            case LEFT -> event.isAltDown() ? moveWithinLayer(-1) : goSideways(-1);
            case RIGHT -> event.isAltDown() ? moveWithinLayer(+1) : goSideways(+1);
            case HOME -> !event.isAltDown() && goToEnd(true);
            case END -> !event.isAltDown() && goToEnd(false);
            case ENTER -> openDetails();
            default -> false;
        };
        if (handled) {
            event.consume();
        }
    }

    private Selection selection() {
        return view.getSelection();
    }

    /** Selects the layer above (+1) or below (-1), or the vendor at the same place in it. */
    private boolean goToLayer(int direction) {
        List<Layer> layers = skin.stack().getLayers();
        Layer current = selection().getLayer();
        if (current == null) {
            selection().selectLayer(layers.get(layers.size() - 1));
            return true;
        }
        int target = layers.indexOf(current) + direction;
        if (target < 0 || target >= layers.size()) {
            return true;
        }
        Layer next = layers.get(target);
        Vendor vendor = selection().getVendor();
        if (vendor == null) {
            selection().selectLayer(next);
            return true;
        }
        int position = displayed(current).indexOf(vendor);
        List<Vendor> nextVendors = displayed(next);
        if (nextVendors.isEmpty()) {
            if (!extending) {
                selection().selectLayer(next);
            }
        } else {
            goTo(nextVendors.get(Math.min(position, nextVendors.size() - 1)), next);
        }
        return true;
    }

    private boolean goSideways(int direction) {
        Layer layer = selection().getLayer();
        if (layer == null) {
            return goToLayer(+1);
        }
        Vendor vendor = selection().getVendor();
        List<Vendor> vendors = displayed(layer);
        LayerBand band = view.bandFor(layer).orElse(null);
        if (vendor == null) {
            if (direction < 0 && band != null) {
                band.setExpanded(false);
            } else if (band != null && !band.isExpanded()) {
                band.setExpanded(true);
            } else if (!vendors.isEmpty()) {
                goTo(vendors.get(0), layer);
            }
            return true;
        }
        int next = vendors.indexOf(vendor) + direction;
        if (next < 0) {
            if (!extending) {
                selection().selectLayer(layer);
            }
        } else if (next < vendors.size()) {
            goTo(vendors.get(next), layer);
        }
        return true;
    }

    private boolean goToEnd(boolean first) {
        Layer layer = selection().getLayer();
        if (layer == null) {
            return false;
        }
        List<Vendor> vendors = displayed(layer);
        if (!vendors.isEmpty()) {
            goTo(vendors.get(first ? 0 : vendors.size() - 1), layer);
        }
        return true;
    }

    /** Selects {@code vendor}, or with Shift the cards from the anchor to it. */
    private void goTo(Vendor vendor, Layer layer) {
        if (extending && selection().getAnchor() != null) {
            skin.selectRangeTo(vendor, layer, false);
        } else {
            selection().selectVendor(vendor, layer);
        }
    }

    private boolean openDetails() {
        Runnable open = view.onOpenDetailsProperty().get();
        if (open == null || selection().getLayer() == null) {
            return false;
        }
        open.run();
        return true;
    }

    /**
     * Alt+Up/Down: the selected vendors go to the layer above or below the lead's, where the
     * lead stood in its layer (or at the end), without a segment.
     */
    private boolean moveToLayer(int direction) {
        Vendor vendor = selection().getVendor();
        if (vendor == null) {
            return false;
        }
        List<Layer> layers = skin.stack().getLayers();
        Layer from = selection().getLayer();
        int target = layers.indexOf(from) + direction;
        if (target >= 0 && target < layers.size()) {
            Layer to = layers.get(target);
            List<Vendor> moving = selection().vendorsInStackOrder(skin.stack());
            if (moving.stream().allMatch(each -> view.dropPolicyProperty().get().test(each, to))) {
                long staying = to.getVendors().stream().filter(each -> !selection().isSelected(each)).count();
                int index = (int) Math.min(from.getVendors().indexOf(vendor), staying);
                view.requestMove(new VendorMove(moving, to, index, null));
            }
        }
        return true;
    }

    /**
     * Alt+Left/Right: the selected vendors pass the neighbour before or after them in their lane,
     * together, or go on into the next lane from its end (when they are all in the lead's lane;
     * else nothing moves).
     */
    private boolean moveWithinLayer(int direction) {
        Vendor lead = selection().getVendor();
        if (lead == null) {
            return false;
        }
        Layer layer = selection().getLayer();
        List<Vendor> moving = selection().vendorsInStackOrder(skin.stack());
        Set<Vendor> inLayer = new HashSet<>(layer.getVendors());
        if (!moving.stream().allMatch(each -> inLayer.contains(each) && Objects.equals(each.getSegment(), lead.getSegment()))) {
            return true;
        }
        List<Vendor> lane = displayed(layer).stream()
                .filter(other -> Objects.equals(other.getSegment(), lead.getSegment())).toList();
        int first = lane.indexOf(moving.get(0));
        int last = lane.indexOf(moving.get(moving.size() - 1));
        int passed = direction > 0 ? last + 1 : first - 1;
        if (first < 0) {
            return true;
        }
        List<Vendor> others = layer.getVendors().stream().filter(other -> !selection().isSelected(other)).toList();
        if (passed >= 0 && passed < lane.size()) {
            int index = others.indexOf(lane.get(passed)) + (direction > 0 ? 1 : 0);
            view.requestMove(new VendorMove(moving, layer, index, lead.getSegment()));
        } else {
            moveToNextLane(layer, moving, others, lead.getSegment(), direction);
        }
        return true;
    }

    /**
     * At the end of their lane the cards go on into the next lane (the previous one going left),
     * to its near end: the next segment, or the lane of vendors without one while it shows.
     */
    private void moveToNextLane(Layer layer, List<Vendor> moving, List<Vendor> others, String segment, int direction) {
        List<Vendor> shown = displayed(layer);
        List<String> lanes = new ArrayList<>(layer.getSegments().stream().map(Segment::getId).toList());
        if (!lanes.isEmpty() && shown.stream().anyMatch(vendor -> vendor.getSegment() == null)) {
            lanes.add(null);
        }
        int at = lanes.indexOf(segment);
        int next = at + direction;
        if (at < 0 || next < 0 || next >= lanes.size()) {
            return;
        }
        String to = lanes.get(next);
        List<Vendor> lane = shown.stream().filter(vendor -> Objects.equals(vendor.getSegment(), to))
                .filter(vendor -> !selection().isSelected(vendor)).toList();
        int index;
        if (lane.isEmpty()) {
            index = direction > 0 ? others.size() : 0;
        } else {
            index = direction > 0 ? others.indexOf(lane.get(0)) : others.indexOf(lane.get(lane.size() - 1)) + 1;
        }
        view.requestMove(new VendorMove(moving, layer, index, to));
    }

    private List<Vendor> displayed(Layer layer) {
        return view.bandFor(layer).filter(LayerBand::isExpanded).map(LayerBand::vendorsInDisplayOrder).orElse(List.of());
    }
}
