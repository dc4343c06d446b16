package dev.strata.cli;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.file.StackFiles;
import dev.strata.ui.BenchWindow;
import dev.strata.ui.FrameTimer;
import dev.strata.ui.FxThread;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * One cold start for {@code strata bench}: a fresh JVM draws a first frame, headless (keeping
 * what the window remembers in the folder HOME), says
 * {@value #READY} on standard output and exits. {@code app} draws Strata's window with the
 * built-in stack; {@code minimal} draws a window holding one label, started the same way, as the
 * floor. The bench times the process from its launch to the line.
 */
public final class StartupProbe {

    static final String READY = "first-frame";

    private StartupProbe() {
    }

    public static void main(String[] arguments) throws Exception {
        boolean app = arguments.length == 2 && arguments[0].equals("app");
        boolean minimal = arguments.length == 2 && arguments[0].equals("minimal");
        if (!app && !minimal) {
            System.err.println("usage: StartupProbe app|minimal HOME");
            System.exit(Cli.USAGE);
        }
        Path home = Path.of(arguments[1]);
        HeadlessFx.start();
        if (app) {
            BenchWindow.firstFrame(new Editor(Document.untitled(StackFiles.builtIn())), home);
        } else {
            Stage stage = FxThread.call(Stage::new);
            new FrameTimer(stage::getScene).time(() -> {
                stage.setScene(new Scene(new Label("Strata"), 1280, 860));
                stage.show();
            });
        }
        System.out.println(READY);
        System.out.flush();
        System.exit(Cli.OK);
    }
}
