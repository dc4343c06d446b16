package dev.strata.edit;

import dev.strata.model.Driver;
import dev.strata.model.DriverKind;
import dev.strata.model.Ids;
import dev.strata.model.Layer;
import dev.strata.model.Link;
import dev.strata.model.Segment;
import dev.strata.model.Source;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.Property;

/**
 * The changes a person can make to a stack, each built as one undoable command. They keep the
 * stack valid: deleting a vendor removes its links, renaming an id updates what refers to it,
 * deleting a layer first moves its vendors elsewhere.
 */
public final class StackEdits {

    private final Stack stack;

    public StackEdits(Stack stack) {
        this.stack = Objects.requireNonNull(stack, "stack");
    }

    // ---------- the stack itself ----------

    /**
     * Gives the stack another title, description and source (the title, author and web address
     * of what its content comes from); null when nothing changes. Text is compared without its
     * surrounding white space, which is dropped; a source left blank is removed, unless it holds
     * fields Strata does not know, which it keeps.
     */
    public Command editStack(String title, String description, String sourceTitle, String sourceAuthor,
            String sourceUrl) {
        List<Command> steps = new ArrayList<>();
        addIfTextChanged(steps, stack.titleProperty(), title);
        addIfTextChanged(steps, stack.descriptionProperty(), description);
        Source before = stack.getSource();
        Map<String, Object> extras = before == null ? Map.of() : before.extras();
        Source after = new Source(blankToNull(sourceTitle), blankToNull(sourceAuthor), blankToNull(sourceUrl), extras);
        if (after.title() == null && after.author() == null && after.url() == null && extras.isEmpty()) {
            after = null;
        }
        addIfChanged(steps, stack.sourceProperty(), after);
        return steps.isEmpty() ? null : new CompositeCommand("Edit stack properties", steps);
    }

    // ---------- vendors ----------

    /** A new vendor with a fresh id, to be placed by {@link #addVendor}. */
    public Vendor newVendor(String name) {
        return new Vendor(Ids.unique(Ids.slug(name), this::vendorIdTaken), name);
    }

    /** A new vendor made from checked values (see {@link VendorRules}), to be placed by {@link #addVendor}. */
    public static Vendor vendorFrom(VendorValues values) {
        Vendor vendor = new Vendor(values.id(), values.name().strip());
        vendor.setSegment(blankToNull(values.segment()));
        vendor.setRole(nullToEmpty(values.role()).strip());
        vendor.setDescription(nullToEmpty(values.description()).strip());
        vendor.getTags().setAll(values.tags().stream().map(String::strip).filter(tag -> !tag.isEmpty()).toList());
        vendor.setWebsite(blankToNull(values.website()));
        vendor.setLogo(blankToNull(values.logo()));
        return vendor;
    }

    public Command addVendor(Layer layer, Vendor vendor, int index) {
        return new ListInsert<>(layer.getVendors(), index, vendor, "Add " + vendor.getName());
    }

    /** Deletes vendors and the links that name them: each list changes once, however many go. */
    public Command deleteVendors(List<Vendor> vendors) {
        return removeVendors(vendors, "Delete ");
    }

    /** Deletes vendors just copied to the clipboard: as {@link #deleteVendors}, named for a cut. */
    public Command cutVendors(List<Vendor> vendors) {
        return removeVendors(vendors, "Cut ");
    }

    private Command removeVendors(List<Vendor> vendors, String verb) {
        Set<Vendor> gone = new HashSet<>(vendors);
        List<Command> steps = new ArrayList<>();
        removeLinksOf(vendors, steps);
        for (Layer layer : stack.getLayers()) {
            List<Vendor> staying = without(layer.getVendors(), gone);
            if (staying.size() != layer.getVendors().size()) {
                steps.add(new ReplaceList<>(layer.getVendors(), staying, ""));
            }
        }
        return new CompositeCommand(verb + named(vendors), steps);
    }

    /** Each vendor's copy right after it, named "NAME copy" with a fresh id; each layer's list changes once. */
    public Command duplicateVendors(List<Vendor> vendors) {
        Set<Vendor> copied = new HashSet<>(vendors);
        Set<String> taken = stack.vendors().map(Vendor::getId).collect(Collectors.toCollection(HashSet::new));
        List<Command> steps = new ArrayList<>();
        for (Layer layer : stack.getLayers()) {
            List<Vendor> after = new ArrayList<>();
            for (Vendor vendor : layer.getVendors()) {
                after.add(vendor);
                if (copied.contains(vendor)) {
                    String name = vendor.getName() + " copy";
                    Vendor copy = copyOf(vendor, Ids.unique(Ids.slug(name), taken::contains), name);
                    taken.add(copy.getId());
                    copy.setSegment(vendor.getSegment());
                    after.add(copy);
                }
            }
            if (after.size() != layer.getVendors().size()) {
                steps.add(new ReplaceList<>(layer.getVendors(), after, ""));
            }
        }
        return new CompositeCommand("Duplicate " + named(vendors), steps);
    }

    /**
     * Moves vendors, from any layers, into {@code to}: together, in the order given, from
     * {@code index} on (an index in {@code to}'s list without them), into {@code segment} (null
     * for none). Each list changes once; null when nothing would change.
     */
    public Command moveVendors(List<Vendor> vendors, Layer to, int index, String segment) {
        Set<Vendor> moving = new HashSet<>(vendors);
        List<Command> steps = new ArrayList<>();
        vendors.forEach(vendor -> addIfChanged(steps, vendor.segmentProperty(), segment));
        boolean toSegment = !steps.isEmpty();
        boolean across = false;
        for (Layer layer : stack.getLayers()) {
            List<Vendor> staying = without(layer.getVendors(), moving);
            if (layer != to && staying.size() != layer.getVendors().size()) {
                steps.add(new ReplaceList<>(layer.getVendors(), staying, ""));
                across = true;
            }
        }
        List<Vendor> arrived = new ArrayList<>(without(to.getVendors(), moving));
        arrived.addAll(Math.max(0, Math.min(index, arrived.size())), vendors);
        if (!arrived.equals(to.getVendors())) {
            steps.add(new ReplaceList<>(to.getVendors(), arrived, ""));
        }
        if (steps.isEmpty()) {
            return null;
        }
        String place = across ? to.getName()
                : toSegment ? to.getSegments().stream().filter(each -> each.getId().equals(segment))
                        .map(Segment::getName).findFirst().orElse("no segment")
                : null;
        return new CompositeCommand(place == null ? "Reorder " + named(vendors) : "Move " + named(vendors) + " to " + place,
                steps);
    }

    /** Adds to {@code steps} one change of the links that drops those naming any of {@code vendors}, if any do. */
    private void removeLinksOf(List<Vendor> vendors, List<Command> steps) {
        Set<String> gone = vendors.stream().map(Vendor::getId).collect(Collectors.toSet());
        List<Link> kept = stack.getLinks().stream()
                .filter(link -> !gone.contains(link.getFrom()) && !gone.contains(link.getTo())).toList();
        if (kept.size() != stack.getLinks().size()) {
            steps.add(new ReplaceList<>(stack.getLinks(), kept, ""));
        }
    }

    private static List<Vendor> without(List<Vendor> vendors, Set<Vendor> left) {
        return vendors.stream().filter(vendor -> !left.contains(vendor)).toList();
    }

    /** "NVIDIA" for one vendor, "3 vendors" for several. */
    private static String named(List<Vendor> vendors) {
        return vendors.size() == 1 ? vendors.get(0).getName() : String.format(Locale.ENGLISH, "%,d vendors", vendors.size());
    }

    /**
     * Puts copies of pasted vendors into {@code layer} from {@code index} on, and copies of the
     * pasted links among them, as one step. A vendor keeps its id unless another vendor has it
     * (then it gets {@code ID-2}…, and its links follow) and its segment if the layer has one of
     * that id.
     *
     * @param links links between pasted vendors, by their pasted ids; others are left out
     */
    public Command pasteVendors(Layer layer, int index, List<Vendor> pasted, List<Link> links) {
        Set<String> taken = stack.vendors().map(Vendor::getId).collect(Collectors.toCollection(HashSet::new));
        Map<String, String> newIds = new HashMap<>();
        List<Vendor> copies = new ArrayList<>();
        for (Vendor vendor : pasted) {
            Vendor copy = copyOf(vendor, Ids.unique(vendor.getId(), taken::contains), vendor.getName());
            taken.add(copy.getId());
            newIds.put(vendor.getId(), copy.getId());
            boolean segmentHere = layer.getSegments().stream()
                    .anyMatch(segment -> segment.getId().equals(vendor.getSegment()));
            copy.setSegment(segmentHere ? vendor.getSegment() : null);
            copies.add(copy);
        }
        List<Vendor> after = new ArrayList<>(layer.getVendors());
        after.addAll(index, copies);
        List<Command> steps = new ArrayList<>(List.of(new ReplaceList<>(layer.getVendors(), after, "")));
        List<Link> linked = new ArrayList<>(stack.getLinks());
        for (Link link : links) {
            if (newIds.containsKey(link.getFrom()) && newIds.containsKey(link.getTo())) {
                Link copy = new Link(newIds.get(link.getFrom()), newIds.get(link.getTo()), link.getKind());
                copy.setExtras(link.getExtras());
                linked.add(copy);
            }
        }
        if (linked.size() != stack.getLinks().size()) {
            steps.add(new ReplaceList<>(stack.getLinks(), linked, ""));
        }
        return new CompositeCommand("Paste " + named(pasted), steps);
    }

    private static Vendor copyOf(Vendor vendor, String id, String name) {
        Vendor copy = new Vendor(id, name);
        copy.setRole(vendor.getRole());
        copy.setDescription(vendor.getDescription());
        copy.getTags().setAll(vendor.getTags());
        copy.setWebsite(vendor.getWebsite());
        copy.setLogo(vendor.getLogo());
        copy.setExtras(vendor.getExtras());
        return copy;
    }

    /**
     * Applies edited values (already checked with {@link VendorRules}); a changed id is changed
     * in the links that name it too. Null when the values change nothing, so that confirming a
     * dialog as it was neither marks the document changed nor adds a step to undo.
     */
    public Command editVendor(Vendor vendor, VendorValues values) {
        List<Command> steps = new ArrayList<>();
        if (!values.id().equals(vendor.getId())) {
            for (Link link : stack.getLinks()) {
                if (link.getFrom().equals(vendor.getId())) {
                    steps.add(new SetProperty<>(link.fromProperty(), values.id(), ""));
                }
                if (link.getTo().equals(vendor.getId())) {
                    steps.add(new SetProperty<>(link.toProperty(), values.id(), ""));
                }
            }
        }
        addIfChanged(steps, vendor.idProperty(), values.id());
        addIfChanged(steps, vendor.nameProperty(), values.name().strip());
        addIfChanged(steps, vendor.segmentProperty(), blankToNull(values.segment()));
        addIfChanged(steps, vendor.roleProperty(), nullToEmpty(values.role()).strip());
        addIfChanged(steps, vendor.descriptionProperty(), nullToEmpty(values.description()).strip());
        addIfChanged(steps, vendor.websiteProperty(), blankToNull(values.website()));
        addIfChanged(steps, vendor.logoProperty(), blankToNull(values.logo()));
        List<String> tags = values.tags().stream().map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        if (!tags.equals(vendor.getTags())) {
            steps.add(new ReplaceList<>(vendor.getTags(), tags, ""));
        }
        return steps.isEmpty() ? null : new CompositeCommand("Edit " + vendor.getName(), steps);
    }

    /** Moves the vendor to the layer above (+1) or below (-1), keeping its position where it can. */
    public Command moveVendorToNeighbourLayer(Vendor vendor, int direction) {
        Layer from = layerOf(vendor);
        int target = stack.getLayers().indexOf(from) + direction;
        if (target < 0 || target >= stack.getLayers().size()) {
            return null;
        }
        Layer to = stack.getLayers().get(target);
        int index = Math.min(from.getVendors().indexOf(vendor), to.getVendors().size());
        return new MoveVendor(vendor, from, to, index, null);
    }

    /** Moves the vendor one place left (-1) or right (+1) within its layer. */
    public Command reorderVendor(Vendor vendor, int offset) {
        Layer layer = layerOf(vendor);
        int index = layer.getVendors().indexOf(vendor) + offset;
        if (index < 0 || index >= layer.getVendors().size()) {
            return null;
        }
        return new MoveVendor(vendor, layer, layer, index, vendor.getSegment());
    }

    /**
     * Puts a layer's vendors in order of name as people read it (ignoring case and accents; by
     * id where names agree), so each of its lanes is in that order; null when they are already.
     */
    public Command sortVendorsByName(Layer layer) {
        Collator collator = Collator.getInstance();
        collator.setStrength(Collator.PRIMARY);
        Map<Vendor, CollationKey> keys = new HashMap<>();
        layer.getVendors().forEach(vendor -> keys.put(vendor, collator.getCollationKey(vendor.getName())));
        List<Vendor> sorted = layer.getVendors().stream()
                .sorted(Comparator.comparing((Vendor vendor) -> keys.get(vendor)).thenComparing(Vendor::getId)).toList();
        if (sorted.equals(layer.getVendors())) {
            return null;
        }
        return new ReplaceList<>(layer.getVendors(), sorted, "Sort " + layer.getName() + " by name");
    }

    // ---------- links ----------

    /**
     * What is wrong with linking {@code from} to {@code to} as {@code kind} (a kind is written as
     * a slug, "runs on" as {@code runs-on}), or empty when the link can be made.
     */
    public Optional<String> linkProblem(Vendor from, Vendor to, String kind) {
        if (to == null) {
            return Optional.of("Choose the vendor to link to.");
        }
        if (to == from) {
            return Optional.of("A vendor cannot link to itself.");
        }
        String slug = linkKind(kind);
        boolean exists = stack.getLinks().stream().anyMatch(link -> link.getFrom().equals(from.getId())
                && link.getTo().equals(to.getId()) && slug.equals(link.getKind()));
        return exists ? Optional.of(from.getName() + " already " + slug.replace('-', ' ') + " " + to.getName() + ".")
                : Optional.empty();
    }

    /** Links {@code from} to {@code to}; check it with {@link #linkProblem} first. */
    public Command addLink(Vendor from, Vendor to, String kind) {
        Link link = new Link(from.getId(), to.getId(), linkKind(kind));
        return new ListInsert<>(stack.getLinks(), stack.getLinks().size(), link,
                "Link " + from.getName() + " to " + to.getName());
    }

    public Command removeLink(Link link) {
        return new ListRemove<>(stack.getLinks(), link, "Remove link " + link.getFrom() + " → " + link.getTo());
    }

    /** The kind as stored: a slug of what was typed, {@code linked-to} when nothing was. */
    private static String linkKind(String typed) {
        return typed == null || typed.isBlank() ? "linked-to" : Ids.slug(typed);
    }

    // ---------- drivers ----------

    /** Adds a driver (or adoption note) to {@code layer}, with a fresh id made from its name. */
    public Command addDriver(Layer layer, String name, String text, DriverKind kind) {
        String strippedName = name.strip();
        Driver driver = new Driver(Ids.unique(Ids.slug(strippedName),
                id -> stack.getDrivers().stream().anyMatch(other -> other.getId().equals(id))), strippedName);
        driver.setLayer(layer.getId());
        driver.setText(nullToEmpty(text).strip());
        driver.setKind(kind);
        return new ListInsert<>(stack.getDrivers(), stack.getDrivers().size(), driver, "Add driver " + strippedName);
    }

    /**
     * Renames a driver, rewrites its text and kind; null when nothing changes. The driver is
     * replaced by an edited copy, so that what shows it is made again for its new kind.
     */
    public Command editDriver(Driver driver, String name, String text, DriverKind kind) {
        String newName = name.strip();
        String newText = nullToEmpty(text).strip();
        if (newName.equals(driver.getName()) && newText.equals(nullToEmpty(driver.getText()).strip())
                && kind == driver.getKind()) {
            return null;
        }
        Driver edited = new Driver(driver.getId(), newName);
        edited.setLayer(driver.getLayer());
        edited.setText(newText);
        edited.setKind(kind);
        edited.setExtras(driver.getExtras());
        List<Driver> after = new ArrayList<>(stack.getDrivers());
        after.set(after.indexOf(driver), edited);
        return new ReplaceList<>(stack.getDrivers(), after, "Edit driver " + driver.getName());
    }

    public Command deleteDriver(Driver driver) {
        return new ListRemove<>(stack.getDrivers(), driver, "Delete driver " + driver.getName());
    }

    // ---------- layers ----------

    public Layer newLayer(String name) {
        return new Layer(Ids.unique(Ids.slug(name), id -> stack.findLayer(id).isPresent()), name);
    }

    /** @param index counted from the bottom of the stack */
    public Command addLayer(Layer layer, int index) {
        return new ListInsert<>(stack.getLayers(), index, layer, "Add layer " + layer.getName());
    }

    /**
     * Renames a layer and rewrites its summary; null when neither changes (text is compared
     * without its surrounding white space, which is dropped).
     */
    public Command editLayer(Layer layer, String name, String summary) {
        List<Command> steps = new ArrayList<>();
        addIfTextChanged(steps, layer.nameProperty(), name);
        boolean renamed = !steps.isEmpty();
        addIfTextChanged(steps, layer.summaryProperty(), summary);
        if (steps.isEmpty()) {
            return null;
        }
        String what = renamed && steps.size() == 1 ? "Rename " + layer.getName() + " to " + name.strip()
                : "Edit layer " + layer.getName();
        return new CompositeCommand(what, steps);
    }

    /** Moves a layer up (+1, towards the top of the stack) or down (-1). */
    public Command moveLayer(Layer layer, int direction) {
        int from = stack.getLayers().indexOf(layer);
        int to = from + direction;
        if (to < 0 || to >= stack.getLayers().size()) {
            return null;
        }
        return new CompositeCommand("Move layer " + layer.getName() + (direction > 0 ? " up" : " down"), List.of(
                new ListRemove<>(stack.getLayers(), layer, ""),
                new ListInsert<>(stack.getLayers(), to, layer, "")));
    }

    /**
     * Moves a layer to {@code index} of the stack's layers (bottom first), counted without it: a
     * band dragged to another place. Null when it is there already.
     */
    public Command moveLayerTo(Layer layer, int index) {
        int from = stack.getLayers().indexOf(layer);
        int to = Math.max(0, Math.min(index, stack.getLayers().size() - 1));
        if (from < 0 || from == to) {
            return null;
        }
        return new CompositeCommand("Move layer " + layer.getName(), List.of(
                new ListRemove<>(stack.getLayers(), layer, ""),
                new ListInsert<>(stack.getLayers(), to, layer, "")));
    }

    /**
     * Deletes a layer. Its vendors go to the end of {@code vendorsGoTo} (without a segment), or
     * go with it, and their links too, when that is null; drivers of the layer are removed. Each
     * list changes once, however many vendors the layer holds: the layer leaves the stack with
     * its vendors still in it, so undo puts it back as it was.
     */
    public Command deleteLayer(Layer layer, Layer vendorsGoTo) {
        List<Vendor> vendors = List.copyOf(layer.getVendors());
        List<Command> steps = new ArrayList<>();
        steps.add(new ListRemove<>(stack.getLayers(), layer, ""));
        if (vendorsGoTo == null) {
            removeLinksOf(vendors, steps);
        } else if (!vendors.isEmpty()) {
            vendors.forEach(vendor -> addIfChanged(steps, vendor.segmentProperty(), null));
            List<Vendor> joined = new ArrayList<>(vendorsGoTo.getVendors());
            joined.addAll(vendors);
            steps.add(new ReplaceList<>(vendorsGoTo.getVendors(), joined, ""));
        }
        List<Driver> drivers = stack.getDrivers().stream()
                .filter(driver -> !layer.getId().equals(driver.getLayer())).toList();
        if (drivers.size() != stack.getDrivers().size()) {
            steps.add(new ReplaceList<>(stack.getDrivers(), drivers, ""));
        }
        return new CompositeCommand("Delete layer " + layer.getName(), steps);
    }

    // ---------- segments ----------

    public Segment newSegment(String name) {
        return new Segment(Ids.unique(Ids.slug(name), this::segmentIdTaken), name);
    }

    public Command addSegment(Layer layer, Segment segment) {
        return new ListInsert<>(layer.getSegments(), layer.getSegments().size(), segment,
                "Add segment " + segment.getName());
    }

    public Command renameSegment(Segment segment, String name) {
        return new SetProperty<>(segment.nameProperty(), name.strip(),
                "Rename " + segment.getName() + " to " + name.strip());
    }

    /** Moves a segment one place earlier (-1) or later (+1) among its layer's segments; null at an end. */
    public Command moveSegment(Layer layer, Segment segment, int direction) {
        return moveSegmentTo(layer, segment, layer.getSegments().indexOf(segment) + direction);
    }

    /** Moves a segment to {@code index} among its layer's segments (kept within them); null if it is there. */
    public Command moveSegmentTo(Layer layer, Segment segment, int index) {
        int to = Math.max(0, Math.min(index, layer.getSegments().size() - 1));
        if (layer.getSegments().indexOf(segment) == to) {
            return null;
        }
        return new CompositeCommand("Move segment " + segment.getName(), List.of(
                new ListRemove<>(layer.getSegments(), segment, ""), new ListInsert<>(layer.getSegments(), to, segment, "")));
    }

    /** Deletes a segment; its vendors stay in the layer without a segment. */
    public Command deleteSegment(Layer layer, Segment segment) {
        List<Command> steps = new ArrayList<>();
        for (Vendor vendor : layer.getVendors()) {
            if (segment.getId().equals(vendor.getSegment())) {
                steps.add(new SetProperty<>(vendor.segmentProperty(), null, ""));
            }
        }
        steps.add(new ListRemove<>(layer.getSegments(), segment, ""));
        return new CompositeCommand("Delete segment " + segment.getName(), steps);
    }

    // ---------- helpers ----------

    public Layer layerOf(Vendor vendor) {
        return stack.layerOf(vendor).orElseThrow(() -> new IllegalArgumentException(vendor + " is not in the stack"));
    }

    private boolean vendorIdTaken(String id) {
        return stack.findVendor(id).isPresent();
    }

    private boolean segmentIdTaken(String id) {
        return stack.getLayers().stream().flatMap(layer -> layer.getSegments().stream())
                .anyMatch(segment -> segment.getId().equals(id));
    }

    private static <T> void addIfChanged(List<Command> steps, Property<T> property, T value) {
        if (!Objects.equals(property.getValue(), value)) {
            steps.add(new SetProperty<>(property, value, ""));
        }
    }

    private static void addIfTextChanged(List<Command> steps, Property<String> property, String text) {
        String value = nullToEmpty(text).strip();
        if (!nullToEmpty(property.getValue()).strip().equals(value)) {
            steps.add(new SetProperty<>(property, value, ""));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
