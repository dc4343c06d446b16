package dev.strata.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help › About: what Strata is and which version runs. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About " + MainWindow.APP_NAME);
        about.setHeaderText(MainWindow.APP_NAME + " " + version());
        about.setContentText("A desktop map of the AI industry stack: infrastructure, models, "
                + "middleware and applications, drawn as layers of vendor cards.\n\n"
                + "Built with OpenJFX, ControlsFX and Jackson.");
        Theme.matchOwner(owner, about.getDialogPane().getScene());
        about.showAndWait();
    }

    static String version() {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
