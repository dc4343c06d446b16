package dev.strata.ui;

import dev.strata.model.Vendor;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Builds a card: {@code .badge > .initials}, {@code .text > .name, .role}. */
final class VendorCardSkin extends SkinBase<VendorCard> {

    private final Label initials = new Label();
    private final Label name = new Label();
    private final Label role = new Label();
    private final ImageView logo = new ImageView();
    private final InvalidationListener logoListener = obs -> showLogo(getSkinnable());
    private static final double LOGO_SIZE = 28;

    VendorCardSkin(VendorCard card) {
        super(card);
        consumeMouseEvents(false);
        Vendor vendor = card.getVendor();

        initials.getStyleClass().add("initials");
        initials.textProperty().bind(Bindings.createStringBinding(
                () -> Initials.of(vendor.getName()), vendor.nameProperty()));
        logo.setFitWidth(LOGO_SIZE);
        logo.setFitHeight(LOGO_SIZE);
        logo.setPreserveRatio(true);
        logo.setSmooth(true);
        StackPane badge = new StackPane(initials, logo);
        badge.getStyleClass().add("badge");
        showLogo(card);
        vendor.logoProperty().addListener(logoListener);

        name.getStyleClass().add("name");
        name.textProperty().bind(vendor.nameProperty());
        role.getStyleClass().add("role");
        role.textProperty().bind(vendor.roleProperty());
        role.visibleProperty().bind(vendor.roleProperty().isNotEmpty());
        role.managedProperty().bind(role.visibleProperty());
        VBox text = new VBox(name, role);
        text.getStyleClass().add("text");
        HBox.setHgrow(text, Priority.ALWAYS);

        HBox row = new HBox(badge, text);
        row.getStyleClass().add("content");
        getChildren().add(row);
    }

    /** The logo once it has loaded without error; the initials until then, or for good. */
    private void showLogo(VendorCard card) {
        Optional<Image> image = card.getLogos().logo(card.getVendor().getLogo());
        logo.setImage(null);
        logo.setVisible(false);
        initials.setVisible(true);
        card.pseudoClassStateChanged(Pseudo.WITH_LOGO, false);
        image.ifPresent(found -> {
            if (found.getProgress() >= 1) {
                use(card, found);
            } else {
                found.progressProperty().addListener((obs, was, progress) -> {
                    if (progress.doubleValue() >= 1) {
                        use(card, found);
                    }
                });
            }
        });
    }

    private void use(VendorCard card, Image image) {
        if (image.isError() || image.getWidth() <= 0) {
            return;
        }
        logo.setImage(image);
        logo.setVisible(true);
        initials.setVisible(false);
        card.pseudoClassStateChanged(Pseudo.WITH_LOGO, true);
    }

    @Override
    public void dispose() {
        getSkinnable().getVendor().logoProperty().removeListener(logoListener);
        initials.textProperty().unbind();
        name.textProperty().unbind();
        role.textProperty().unbind();
        role.visibleProperty().unbind();
        super.dispose();
    }
}
