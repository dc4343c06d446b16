package dev.strata.ui;

import dev.strata.model.Vendor;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
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

    VendorCardSkin(VendorCard card) {
        super(card);
        consumeMouseEvents(false);
        Vendor vendor = card.getVendor();

        initials.getStyleClass().add("initials");
        initials.textProperty().bind(Bindings.createStringBinding(
                () -> Initials.of(vendor.getName()), vendor.nameProperty()));
        StackPane badge = new StackPane(initials);
        badge.getStyleClass().add("badge");

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

    @Override
    public void dispose() {
        initials.textProperty().unbind();
        name.textProperty().unbind();
        role.textProperty().unbind();
        role.visibleProperty().unbind();
        super.dispose();
    }
}
