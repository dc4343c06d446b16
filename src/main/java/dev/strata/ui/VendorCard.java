package dev.strata.ui;

import dev.strata.model.Vendor;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

/**
 * A vendor drawn as a card: its logo (or initials badge in its layer's colour), name and role
 * ({@code .vendor-card > .badge > .initials}, {@code .name}, {@code .role}). Like a list cell, a
 * card can be pointed at another vendor: a flow that scrolls reuses the cards leaving the view
 * for the vendors coming into it instead of building new ones.
 *
 * <p>A card is made of plain shapes, not controls: a window shows dozens and a scroll or a search
 * makes new ones, and styling a card of labels (each with its skin and its own text node) cost
 * twice as much. The name and role are cut to the card's width with an ellipsis ({@link TextFit}).
 * The card's size, padding and fonts come from the stylesheet.
 */
public final class VendorCard extends Region {

    private static final String STYLE_CLASS = "vendor-card";
    private static final double LOGO_SIZE = 28;
    /** Between the badge and the text. */
    private static final double BADGE_GAP = 10;
    /** Between the name and the role. */
    private static final double LINE_GAP = 4;

    private final ObjectProperty<Vendor> vendor = new SimpleObjectProperty<>(this, "vendor");
    private final ObservableStringValue layerName;
    private final Logos logos;
    private final StackPane badge = new StackPane();
    private final Text initials = new Text();
    /** Made for the first logo the card shows: most vendors have none. */
    private ImageView logo;
    private final Text name = new Text();
    private final Text role = new Text();
    private final TextFit nameFit = new TextFit();
    private final TextFit roleFit = new TextFit();
    private final InvalidationListener textListener = obs -> showText();
    private final InvalidationListener logoListener = obs -> showLogo();
    private final ChangeListener<Vendor> vendorListener = (obs, was, now) -> {
        unfollow(was);
        follow(now);
        showText();
        showLogo();
    };

    public VendorCard(Vendor vendor, ObservableStringValue layerName, Logos logos) {
        this.vendor.set(Objects.requireNonNull(vendor, "vendor"));
        this.layerName = Objects.requireNonNull(layerName, "layerName");
        this.logos = Objects.requireNonNull(logos, "logos");
        getStyleClass().setAll(STYLE_CLASS);
        setAccessibleRole(AccessibleRole.NODE);

        initials.getStyleClass().add("initials");
        initials.setTextOrigin(VPos.TOP);
        badge.getStyleClass().add("badge");
        badge.getChildren().add(initials);
        name.getStyleClass().add("name");
        role.getStyleClass().add("role");
        for (Text line : new Text[] {name, role}) {
            line.setTextOrigin(VPos.TOP);
        }
        // placed by layoutChildren; a new text asks for a layout of the card alone (showText)
        badge.setManaged(false);
        name.setManaged(false);
        role.setManaged(false);
        getChildren().addAll(badge, name, role);

        follow(vendor);
        layerName.addListener(textListener);
        this.vendor.addListener(vendorListener);
        showText();
        showLogo();
    }

    public Vendor getVendor() {
        return vendor.get();
    }

    /** Shows another vendor on this card. */
    void setVendor(Vendor value) {
        vendor.set(Objects.requireNonNull(value, "vendor"));
    }

    ObjectProperty<Vendor> vendorProperty() {
        return vendor;
    }

    /** Whether the card shows its vendor's name or role cut short with an ellipsis. */
    boolean cutsText() {
        Vendor shown = getVendor();
        return !name.getText().equals(shown.getName())
                || (role.isVisible() && !role.getText().equals(shown.getRole()));
    }

    /** Stops following the vendor and its layer: the card is thrown away. */
    void dispose() {
        vendor.removeListener(vendorListener);
        layerName.removeListener(textListener);
        unfollow(getVendor());
    }

    private void follow(Vendor shown) {
        shown.nameProperty().addListener(textListener);
        shown.roleProperty().addListener(textListener);
        shown.logoProperty().addListener(logoListener);
    }

    private void unfollow(Vendor shown) {
        shown.nameProperty().removeListener(textListener);
        shown.roleProperty().removeListener(textListener);
        shown.logoProperty().removeListener(logoListener);
    }

    private void showText() {
        Vendor shown = getVendor();
        initials.setText(Initials.of(shown.getName()));
        String roleText = shown.getRole() == null ? "" : shown.getRole();
        role.setVisible(!roleText.isEmpty());
        setAccessibleText(shown.getName() + ", " + roleText + ", " + layerName.get() + " layer");
        requestLayout(); // the name and role are cut to fit there
    }

    /** The logo once it has loaded without error; the initials until then, or for good. */
    private void showLogo() {
        Vendor shown = getVendor();
        Optional<Image> image = logos.logo(shown.getLogo());
        if (logo != null) {
            logo.setImage(null);
            logo.setVisible(false);
        }
        initials.setVisible(true);
        pseudoClassStateChanged(Pseudo.WITH_LOGO, false);
        image.ifPresent(found -> {
            if (found.getProgress() >= 1) {
                use(found);
            } else {
                found.progressProperty().addListener((obs, was, progress) -> {
                    if (progress.doubleValue() >= 1 && getVendor() == shown) {
                        use(found);
                    }
                });
            }
        });
    }

    private void use(Image image) {
        if (image.isError() || image.getWidth() <= 0) {
            return;
        }
        if (logo == null) {
            logo = new ImageView();
            logo.setFitWidth(LOGO_SIZE);
            logo.setFitHeight(LOGO_SIZE);
            logo.setPreserveRatio(true);
            logo.setSmooth(true);
            badge.getChildren().add(logo);
        }
        logo.setImage(image);
        logo.setVisible(true);
        initials.setVisible(false);
        pseudoClassStateChanged(Pseudo.WITH_LOGO, true);
    }

    /** The badge at the left, centred; the name over the role beside it, centred as a block. */
    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double height = getHeight() - top - snappedBottomInset();
        double badgeSize = snapSizeX(Math.min(Math.max(badge.prefWidth(-1), badge.minWidth(-1)), badge.maxWidth(-1)));
        badge.resizeRelocate(left, snapPositionY(top + (height - badgeSize) / 2), badgeSize, badgeSize);

        double textLeft = left + badgeSize + BADGE_GAP;
        double textWidth = Math.max(0, getWidth() - snappedRightInset() - textLeft);
        Vendor shown = getVendor();
        nameFit.show(name, shown.getName(), textWidth);
        roleFit.show(role, role.isVisible() ? shown.getRole() : "", textWidth);
        double nameHeight = snapSizeY(name.getLayoutBounds().getHeight());
        double block = role.isVisible() ? nameHeight + LINE_GAP + snapSizeY(role.getLayoutBounds().getHeight()) : nameHeight;
        double y = snapPositionY(top + (height - block) / 2);
        name.relocate(textLeft, y);
        role.relocate(textLeft, snapPositionY(y + nameHeight + LINE_GAP));
    }
}
