package dev.strata.cli;

import dev.strata.edit.Document;
import dev.strata.edit.Editor;
import dev.strata.file.StackFiles;
import dev.strata.ui.BenchWindow;
import dev.strata.ui.FrameTimer;
import dev.strata.ui.FxThread;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * One cold start for {@code strata bench}: a fresh JVM draws a first frame, headless (keeping
 * what the window remembers in the folder HOME), says
 * {@value #READY} on standard output and exits. {@code app} draws Strata's window with the
 * built-in stack; {@code minimal} draws a window holding one label, started the same way, as the
 * floor; {@code controls} draws a {@link StockControlsWindow}, as a reference. The bench times the
 * process from its launch to the line.
 */
public final class StartupProbe {

    static final String READY = "first-frame";

    private StartupProbe() {
    }

    public static void main(String[] arguments) throws Exception {
        String which = arguments.length == 2 ? arguments[0] : "";
        if (!which.equals("app") && !which.equals("minimal") && !which.equals("controls")) {
            System.err.println("usage: StartupProbe app|minimal|controls HOME");
            System.exit(Cli.USAGE);
        }
        Path home = Path.of(arguments[1]);
        HeadlessFx.start();
        if (which.equals("app")) {
            BenchWindow.firstFrame(new Editor(Document.untitled(StackFiles.builtIn())), home);
        } else {
            Stage stage = FxThread.call(Stage::new);
            new FrameTimer(stage::getScene).time(() -> {
                Parent content = which.equals("minimal") ? new Label("Strata") : StockControlsWindow.content();
                stage.setScene(new Scene(content, 1280, 860));
                stage.show();
            });
        }
        System.out.println(READY);
        System.out.flush();
        System.exit(Cli.OK);
    }
}
