package dev.strata;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.file.StackFiles;
import dev.strata.ui.AppServices;
import dev.strata.ui.MainWindow;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app: one window on the file named on the command line, or the built-in stack. */
public final class StrataApp extends Application {

    private AppServices services;

    @Override
    public void start(Stage stage) {
        services = AppServices.standard(getHostServices()::showDocument);
        Document document = Document.untitled(StackFiles.builtIn());
        MainWindow window = MainWindow.show(stage, new Editor(document), services);
        window.startWith(fileToOpen(getParameters().getUnnamed()));
    }

    @Override
    public void stop() {
        if (services != null) {
            services.work().shutdown();
        }
    }

    private static Optional<Path> fileToOpen(List<String> arguments) {
        try {
            return arguments.isEmpty() ? Optional.empty() : Optional.of(Path.of(arguments.get(0)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
