package dev.strata.ui;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A dialog's form: captions in the first column, fields in the second, which takes the spare width. */
final class FormGrid {

    private FormGrid() {
    }

    /** @param fieldWidth how wide the fields are at first */
    static GridPane of(double fieldWidth) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        ColumnConstraints captions = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints(fieldWidth);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(captions, fields);
        return grid;
    }
}
