package dev.strata.edit;

import dev.strata.model.Layer;
import dev.strata.model.Vendor;
import java.util.Objects;

/**
 * Moves a vendor to a place: another layer, another position in its layer, another segment,
 * or all three. One drag or one Alt+arrow is one such command.
 */
public final class MoveVendor implements Command {

    private final Vendor vendor;
    private final Layer from;
    private final int fromIndex;
    private final String fromSegment;
    private final Layer to;
    private final int toIndex;
    private final String toSegment;

    /**
     * @param toIndex the vendor's index in {@code to}'s list once the move is done
     */
    public MoveVendor(Vendor vendor, Layer from, Layer to, int toIndex, String toSegment) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.fromIndex = from.getVendors().indexOf(vendor);
        if (fromIndex < 0) {
            throw new IllegalArgumentException(vendor + " is not in " + from);
        }
        int size = to.getVendors().size() - (from == to ? 1 : 0);
        this.toIndex = Math.max(0, Math.min(toIndex, size));
        this.fromSegment = vendor.getSegment();
        this.toSegment = toSegment;
    }

    /** True when the move would change nothing (dropped where it was). */
    public boolean changesNothing() {
        return from == to && fromIndex == toIndex && Objects.equals(fromSegment, toSegment);
    }

    @Override
    public void execute() {
        from.getVendors().remove(fromIndex);
        vendor.setSegment(toSegment);
        to.getVendors().add(toIndex, vendor);
    }

    @Override
    public void undo() {
        to.getVendors().remove(toIndex);
        vendor.setSegment(fromSegment);
        from.getVendors().add(fromIndex, vendor);
    }

    @Override
    public String description() {
        if (from != to) {
            return "Move " + vendor.getName() + " to " + to.getName();
        }
        if (!Objects.equals(fromSegment, toSegment)) {
            String segment = toSegment == null ? "no segment" : to.getSegments().stream()
                    .filter(candidate -> candidate.getId().equals(toSegment))
                    .map(candidate -> candidate.getName()).findFirst().orElse(toSegment);
            return "Move " + vendor.getName() + " to " + segment;
        }
        return "Reorder " + vendor.getName();
    }
}
