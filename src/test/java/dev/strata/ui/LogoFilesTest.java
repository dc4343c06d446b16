package dev.strata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chosen logo is written relative to the stack's folder, whichever way the folder was reached. */
class LogoFilesTest {

    @TempDir
    Path root;

    @Test
    void aPictureInTheFolderIsWrittenRelativeToItWithSlashes() throws IOException {
        Path folder = Files.createDirectories(root.resolve("maps/logos")).getParent();
        FakeFileDialogs dialogs = new FakeFileDialogs().willChooseLogo(folder.resolve("logos/acme.png"));
        assertThat(new LogoFiles(folder, dialogs).choose(null)).hasValue("logos/acme.png");
    }

    @Test
    void aFolderReachedThroughALinkStillHoldsItsPictures() throws IOException {
        Path folder = Files.createDirectories(root.resolve("maps/logos")).getParent();
        Path link = Files.createSymbolicLink(root.resolve("linked-maps"), folder);
        FakeFileDialogs dialogs = new FakeFileDialogs().willChooseLogo(folder.resolve("logos/acme.png"));
        assertThat(new LogoFiles(link, dialogs).choose(null)).hasValue("logos/acme.png");
        assertThat(dialogs.lastLogoFolder).isEqualTo(folder.toRealPath());
    }

    @Test
    void aPictureOutsideTheFolderKeepsItsFullPathForTheRulesToRefuse() throws IOException {
        Path folder = Files.createDirectories(root.resolve("maps"));
        Path outside = root.resolve("elsewhere.png");
        FakeFileDialogs dialogs = new FakeFileDialogs().willChooseLogo(outside);
        assertThat(new LogoFiles(folder, dialogs).choose(null)).hasValue(outside.toAbsolutePath().normalize().toString());
    }

    @Test
    void aStackWithoutAFileHasNoFolderToChooseFrom() {
        FakeFileDialogs dialogs = new FakeFileDialogs().willChooseLogo(root.resolve("acme.png"));
        LogoFiles none = new LogoFiles(null, dialogs);
        assertThat(none.available()).isFalse();
        assertThat(none.choose(null)).isEmpty();
        assertThat(dialogs.lastLogoFolder).as("no chooser shown").isNull();
    }
}
