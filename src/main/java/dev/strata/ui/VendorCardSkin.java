package dev.strata.ui;

import dev.strata.model.Vendor;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Builds a card: {@code .badge > .initials}, {@code .text > .name, .role}; follows the card's vendor. */
final class VendorCardSkin extends SkinBase<VendorCard> {

    private static final double LOGO_SIZE = 28;

    private final Label initials = new Label();
    private final Label name = new Label();
    private final Label role = new Label();
    private final ImageView logo = new ImageView();
    private final InvalidationListener logoListener = obs -> showLogo();
    private final ChangeListener<Vendor> vendorListener = (obs, was, now) -> {
        was.logoProperty().removeListener(logoListener);
        now.logoProperty().addListener(logoListener);
        showLogo();
    };

    VendorCardSkin(VendorCard card) {
        super(card);
        consumeMouseEvents(false);

        initials.getStyleClass().add("initials");
        initials.textProperty().bind(card.vendorProperty().flatMap(Vendor::nameProperty).map(Initials::of));
        logo.setFitWidth(LOGO_SIZE);
        logo.setFitHeight(LOGO_SIZE);
        logo.setPreserveRatio(true);
        logo.setSmooth(true);
        StackPane badge = new StackPane(initials, logo);
        badge.getStyleClass().add("badge");
        card.getVendor().logoProperty().addListener(logoListener);
        card.vendorProperty().addListener(vendorListener);
        showLogo();

        name.getStyleClass().add("name");
        name.textProperty().bind(card.vendorProperty().flatMap(Vendor::nameProperty));
        role.getStyleClass().add("role");
        role.textProperty().bind(card.vendorProperty().flatMap(Vendor::roleProperty));
        role.visibleProperty().bind(role.textProperty().isNotEmpty());
        role.managedProperty().bind(role.visibleProperty());
        VBox text = new VBox(name, role);
        text.getStyleClass().add("text");
        HBox.setHgrow(text, Priority.ALWAYS);

        HBox row = new HBox(badge, text);
        row.getStyleClass().add("content");
        getChildren().add(row);
    }

    /** The logo once it has loaded without error; the initials until then, or for good. */
    private void showLogo() {
        VendorCard card = getSkinnable();
        Vendor shown = card.getVendor();
        Optional<Image> image = card.getLogos().logo(shown.getLogo());
        logo.setImage(null);
        logo.setVisible(false);
        initials.setVisible(true);
        card.pseudoClassStateChanged(Pseudo.WITH_LOGO, false);
        image.ifPresent(found -> {
            if (found.getProgress() >= 1) {
                use(found);
            } else {
                found.progressProperty().addListener((obs, was, progress) -> {
                    if (progress.doubleValue() >= 1 && card.getVendor() == shown) {
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
        logo.setImage(image);
        logo.setVisible(true);
        initials.setVisible(false);
        getSkinnable().pseudoClassStateChanged(Pseudo.WITH_LOGO, true);
    }

    @Override
    public void dispose() {
        getSkinnable().vendorProperty().removeListener(vendorListener);
        getSkinnable().getVendor().logoProperty().removeListener(logoListener);
        initials.textProperty().unbind();
        name.textProperty().unbind();
        role.textProperty().unbind();
        role.visibleProperty().unbind();
        super.dispose();
    }
}
