package dev.strata.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help › About: what Strata is, which version runs, and the licences of what it is built on. */
final class AboutDialog {

    /** Every library in the app's lib folder, and the icons drawn from another project's data. */
    static final String LICENCES = """
            OpenJFX 21 — GPL v2 with the Classpath Exception
            OpenJFX Monocle (headless rendering) — GPL v2 with the Classpath Exception
            ControlsFX 11 — BSD 3-Clause
            Jackson 2 (core, databind, YAML) — Apache License 2.0
            SnakeYAML 2 (landscape import) — Apache License 2.0
            Material Design Icons 7 (Pictogrammers) — Apache License 2.0""";

    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About " + MainWindow.APP_NAME);
        about.setHeaderText(MainWindow.APP_NAME + " " + version());
        Label what = new Label("A desktop map of the AI industry stack: infrastructure, models, middleware "
                + "and applications, drawn as layers of vendor cards.");
        what.setWrapText(true);
        TextArea licences = new TextArea(LICENCES);
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount((int) LICENCES.lines().count() + 1);
        licences.getStyleClass().add("licences");
        VBox content = new VBox(10, what, new Label("Built with:"), licences);
        content.setPrefWidth(520);
        about.getDialogPane().setContent(content);
        Theme.matchOwner(owner, about.getDialogPane().getScene());
        about.showAndWait();
    }

    static String version() {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
