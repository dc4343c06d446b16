package dev.strata.ui;

import dev.strata.file.ExtraFields;
import dev.strata.model.DriverKind;
import dev.strata.model.Ids;
import dev.strata.model.Layer;
import dev.strata.model.Link;
import dev.strata.model.Segment;
import dev.strata.model.Source;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * Beside the stack: what the selection is. For a layer its name, summary, segments, drivers and
 * vendors; for a vendor its name, layer, segment, role, description, tags, links and website;
 * for several vendors how many, in which layers, and their names; with nothing selected, the
 * stack itself and its source. Texts are bound, so edits show at once.
 *
 * <p>After every change of the stack the content is built again, but it replaces what is shown
 * only when it differs ({@link #shapeOf}): styling and laying out a dozen new labels took a
 * quarter of an undo at 10,000 vendors, and most edits change nothing here that a bound text
 * does not already show.
 */
public final class DetailsPane extends ScrollPane {

    /** A layer's details list at most this many vendors by name. */
    private static final int LISTED_VENDORS = 50;

    /** Stands for a bound text in a shape: it follows its property, whatever it says now. */
    private static final Object BOUND = new Object();

    private final VBox content = new VBox();
    private final Selection selection;
    private final Consumer<String> openWebsite;
    private Stack stack;
    /** The nodes being built by a refresh, then shown if their shape differs from {@link #shownShape}. */
    private List<Node> building = new ArrayList<>();
    private List<Object> shownShape = List.of();

    /**
     * @param openWebsite opens an http(s) address in the system browser; called only on a click
     */
    public DetailsPane(Selection selection, Consumer<String> openWebsite) {
        this.selection = Objects.requireNonNull(selection, "selection");
        this.openWebsite = Objects.requireNonNull(openWebsite, "openWebsite");
        getStyleClass().add("details-pane");
        content.getStyleClass().add("details");
        setContent(content);
        setFitToWidth(true);
        setFocusTraversable(true);
        selection.layerProperty().addListener(obs -> refresh());
        selection.vendorProperty().addListener(obs -> refresh());
        selection.vendorsProperty().addListener(obs -> refresh());
    }

    /** Shows the selection within {@code shown} from now on. */
    public void setStack(Stack shown) {
        this.stack = shown;
        refresh();
    }

    /** Shows the current selection again (also after a change to the stack). */
    public void refresh() {
        if (stack == null) {
            return;
        }
        building = new ArrayList<>();
        if (selection.hasSeveral()) {
            showSeveral();
        } else if (selection.getVendor() != null) {
            showVendor(selection.getVendor(), selection.getLayer());
        } else if (selection.getLayer() != null) {
            showLayer(selection.getLayer());
        } else {
            showStack();
        }
        List<Object> shape = shapeOf(building);
        if (!shape.equals(shownShape)) {
            boolean focusInside = Focus.isWithin(content);
            content.getChildren().setAll(building);
            shownShape = shape;
            if (focusInside) {
                requestFocus(); // the clicked link is gone: the focus stays here rather than jump to the search field
            }
        }
        building = List.of();
    }

    /**
     * What {@code nodes} show, to compare with what is shown: the selection they were built for
     * (bound texts follow its properties), then each node's type, style classes, text (or
     * {@link #BOUND}) and the model object it acts on, and those of the nodes inside it.
     */
    private List<Object> shapeOf(List<Node> nodes) {
        List<Object> shape = new ArrayList<>();
        shape.add(stack);
        shape.add(selection.getLayer());
        shape.add(selection.getVendor());
        nodes.forEach(node -> describe(node, shape));
        return shape;
    }

    private static void describe(Node node, List<Object> shape) {
        shape.add(node.getClass());
        shape.add(List.copyOf(node.getStyleClass()));
        if (node instanceof Labeled labeled) {
            shape.add(labeled.textProperty().isBound() ? BOUND : labeled.getText());
        }
        shape.add(node.getUserData());
        if (node instanceof Pane pane) {
            pane.getChildren().forEach(child -> describe(child, shape));
        }
    }

    private void showStack() {
        add(kind("Stack"), title(stack.titleProperty()), paragraph(stack.descriptionProperty()));
        Source source = stack.getSource();
        if (source != null && (source.title() != null || source.author() != null || source.url() != null)) {
            add(heading("Source"));
            Stream.of(source.title(), source.author()).filter(Objects::nonNull).reduce((a, b) -> a + " — " + b)
                    .ifPresent(words -> add(text(words)));
            if (source.url() != null && Ids.isWebAddress(source.url())) {
                add(webLink(source.url()));
            }
        }
        add(heading("Layers, top to bottom"));
        List<Layer> layers = List.copyOf(stack.getLayers());
        for (int i = layers.size() - 1; i >= 0; i--) {
            Layer layer = layers.get(i);
            Hyperlink line = new Hyperlink();
            line.getStyleClass().add("layer-link");
            line.textProperty().bind(Bindings.createStringBinding(
                    () -> layer.getName() + " · " + StatusText.plural(layer.getVendors().size(), "vendor"),
                    layer.nameProperty(), layer.getVendors()));
            line.setUserData(layer);
            line.setOnAction(event -> selection.selectLayer(layer));
            add(line);
        }
    }

    private void showLayer(Layer layer) {
        add(kind("Layer"), title(layer.nameProperty()), paragraph(layer.summaryProperty()));
        if (!layer.getSegments().isEmpty()) {
            add(heading("Segments"), chips(layer.getSegments().stream().map(Segment::getName).toList()));
        }
        List<Node> drivers = stack.getDrivers().stream()
                .filter(driver -> layer.getId().equals(driver.getLayer()))
                .<Node>map(driver -> {
                    VBox box = new VBox(text(driver.getName()), paragraph(driver.textProperty()));
                    box.setUserData(driver);
                    box.getStyleClass().addAll("driver", driver.getKind() == DriverKind.ADOPTION ? "adoption" : "force");
                    ((Label) box.getChildren().get(0)).getStyleClass().add("driver-name");
                    return box;
                }).toList();
        if (!drivers.isEmpty()) {
            add(heading("Drivers"));
            building.addAll(drivers);
        }
        add(heading("Vendors"));
        if (layer.getVendors().isEmpty()) {
            add(muted("None yet."));
        }
        addVendorLinks(asDrawn(layer));
    }

    /** The layer's vendors in the order its band draws them: lane by lane, its segments' first, then the rest. */
    private static List<Vendor> asDrawn(Layer layer) {
        Map<String, List<Vendor>> bySegment = new LinkedHashMap<>();
        layer.getSegments().forEach(segment -> bySegment.put(segment.getId(), new ArrayList<>()));
        List<Vendor> rest = new ArrayList<>();
        for (Vendor vendor : layer.getVendors()) {
            List<Vendor> lane = vendor.getSegment() == null ? null : bySegment.get(vendor.getSegment());
            (lane != null ? lane : rest).add(vendor);
        }
        List<Vendor> drawn = new ArrayList<>(layer.getVendors().size());
        bySegment.values().forEach(drawn::addAll);
        drawn.addAll(rest);
        return drawn;
    }

    /** A link to select each vendor, up to {@value #LISTED_VENDORS} of them, and how many more there are. */
    private void addVendorLinks(List<Vendor> vendors) {
        for (Vendor vendor : vendors.subList(0, Math.min(vendors.size(), LISTED_VENDORS))) {
            Hyperlink link = new Hyperlink(vendor.getName());
            link.getStyleClass().add("vendor-link");
            link.setUserData(vendor);
            link.setOnAction(event -> stack.layerOf(vendor).ifPresent(layer -> selection.selectVendor(vendor, layer)));
            add(link);
        }
        if (vendors.size() > LISTED_VENDORS) {
            add(muted("and " + (vendors.size() - LISTED_VENDORS) + " more"));
        }
    }

    /** Several vendors selected: how many, in which layers, and their names (up to a limit). */
    private void showSeveral() {
        List<Vendor> vendors = selection.vendorsInStackOrder(stack);
        add(kind("Selection"), title(new SimpleStringProperty(StatusText.plural(vendors.size(), "vendor") + " selected")));
        add(heading("Layers"));
        for (int i = stack.getLayers().size() - 1; i >= 0; i--) {
            Layer layer = stack.getLayers().get(i);
            long count = layer.getVendors().stream().filter(selection::isSelected).count();
            if (count > 0) {
                add(text(layer.getName() + " · " + StatusText.plural((int) count, "vendor")));
            }
        }
        add(heading("Vendors"));
        addVendorLinks(vendors);
    }

    private void showVendor(Vendor vendor, Layer layer) {
        add(kind("Vendor"), title(vendor.nameProperty()));
        Label role = text("");
        role.textProperty().bind(vendor.roleProperty());
        role.getStyleClass().add("role");
        add(role);
        Hyperlink layerLink = new Hyperlink(layer.getName() + " layer");
        layerLink.setUserData(layer);
        layerLink.setOnAction(event -> selection.selectLayer(layer));
        add(heading("Layer"), layerLink);
        layer.getSegments().stream().filter(segment -> segment.getId().equals(vendor.getSegment())).findFirst()
                .ifPresent(segment -> add(heading("Segment"), text(segment.getName())));
        if (!vendor.getDescription().isBlank()) {
            add(heading("About"), paragraph(vendor.descriptionProperty()));
        }
        if (!vendor.getTags().isEmpty()) {
            add(heading("Tags"), chips(vendor.getTags()));
        }
        List<Link> links = stack.getLinks().stream()
                .filter(link -> link.getFrom().equals(vendor.getId()) || link.getTo().equals(vendor.getId())).toList();
        if (!links.isEmpty()) {
            add(heading("Links"));
            links.forEach(link -> add(linkTo(link, vendor)));
        }
        String website = vendor.getWebsite();
        if (website != null && Ids.isWebAddress(website)) {
            Hyperlink site = webLink(website);
            site.getStyleClass().add("website");
            add(heading("Website"), site);
        }
        List<ExtraFields.Field> more = ExtraFields.of(vendor);
        if (!more.isEmpty()) {
            add(heading("More"));
            more.forEach(field -> add(fieldName(field), fieldValue(field)));
        }
    }

    /** The name of a field Strata keeps without knowing it (from an imported landscape): "repo url". */
    private static Label fieldName(ExtraFields.Field field) {
        Label name = new Label(field.name().replace('_', ' '));
        name.getStyleClass().add("field-name");
        return name;
    }

    /** Its value: a link that opens in the browser if it is a web address, else text. */
    private Node fieldValue(ExtraFields.Field field) {
        return Ids.isWebAddress(field.text()) ? webLink(field.text()) : text(field.text());
    }

    /** A web address that opens in the browser when clicked (only then); a long one wraps rather than losing its end. */
    private Hyperlink webLink(String address) {
        Hyperlink link = new Hyperlink(address);
        link.setWrapText(true);
        link.setUserData(address);
        link.setOnAction(event -> openWebsite.accept(address));
        return link;
    }

    private Node linkTo(Link link, Vendor vendor) {
        Hyperlink hyperlink = new Hyperlink(LinkPhrase.of(link, vendor, stack));
        LinkPhrase.other(link, vendor, stack).ifPresent(other -> {
            hyperlink.setUserData(other);
            hyperlink.setOnAction(event -> stack.layerOf(other).ifPresent(found -> selection.selectVendor(other, found)));
        });
        return hyperlink;
    }

    private void add(Node... nodes) {
        building.addAll(List.of(nodes));
    }

    private static Label kind(String text) {
        Label label = new Label(text.toUpperCase(Locale.ROOT));
        label.getStyleClass().add("kind");
        return label;
    }

    private static Label title(ObservableValue<String> text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().add("title");
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        return label;
    }

    private static Label paragraph(ObservableValue<String> text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().add("paragraph");
        label.managedProperty().bind(Bindings.createBooleanBinding(
                () -> text.getValue() != null && !text.getValue().isBlank(), text));
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("text");
        return label;
    }

    private static Label muted(String text) {
        Label label = text(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static FlowPane chips(List<String> names) {
        FlowPane chips = new FlowPane();
        chips.getStyleClass().add("chips");
        for (String name : names) {
            Label chip = new Label(name);
            chip.getStyleClass().add("chip");
            chips.getChildren().add(chip);
        }
        return chips;
    }
}
