package dev.strata;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.file.StackFiles;
import dev.strata.ui.MainWindow;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app: one window on the file named on the command line, or the built-in stack. */
public final class StrataApp extends Application {

    @Override
    public void start(Stage stage) {
        List<String> files = getParameters().getUnnamed();
        Document document = new Document(StackFiles.builtIn(), null);
        MainWindow.show(stage, new Editor(document));
    }
}
