package dev.strata.file;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeSaveTest {

    private static final byte[] OLD = "old content\n".getBytes(UTF_8);
    private static final byte[] NEW = "new content\n".getBytes(UTF_8);

    @TempDir
    Path folder;

    @Test
    void replacesTheFileAndKeepsThePreviousVersionAsBak() throws IOException {
        Path file = Files.write(folder.resolve("map.stack.json"), OLD);
        SafeSave.write(file, out -> out.write(NEW));
        assertThat(file).hasBinaryContent(NEW);
        assertThat(SafeSave.backupOf(file)).hasFileName("map.stack.json.bak").hasBinaryContent(OLD);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void keepsTheOldFilesPermissionsAndGivesNewFilesOrdinaryOnes() throws IOException {
        Path file = Files.write(folder.resolve("shared.stack.json"), OLD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        SafeSave.write(file, out -> out.write(NEW));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
        Path fresh = folder.resolve("fresh.stack.json");
        SafeSave.write(fresh, out -> out.write(NEW));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
    }

    @Test
    void createsANewFileWithoutABackup() throws IOException {
        Path file = folder.resolve("new.stack.json");
        SafeSave.write(file, out -> out.write(NEW));
        assertThat(file).hasBinaryContent(NEW);
        assertThat(SafeSave.backupOf(file)).doesNotExist();
    }

    @Test
    void aFailureInTheMiddleOfTheWriteLeavesTheOriginalByteForByte() throws IOException {
        Path file = Files.write(folder.resolve("map.stack.json"), OLD);
        assertThatThrownBy(() -> SafeSave.write(file, out -> {
            out.write(NEW, 0, 4);
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");
        assertThat(file).hasBinaryContent(OLD);
        assertThat(SafeSave.backupOf(file)).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFolderInTheWayIsRefused() throws IOException {
        Path file = Files.createDirectory(folder.resolve("map.stack.json"));
        assertThatThrownBy(() -> SafeSave.write(file, out -> out.write(NEW)))
                .hasMessageContaining("folder of that name is in the way");
        assertThat(file).isDirectory().isEmptyDirectory();
    }

    @Test
    void aMissingFolderIsRefused() {
        Path file = folder.resolve("no/such/folder/map.stack.json");
        assertThatThrownBy(() -> SafeSave.write(file, out -> out.write(NEW))).hasMessageContaining("does not exist");
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheOriginalIntact() throws IOException {
        // Root may write anywhere under a temporary folder, so the unwritable folder is /proc
        // for root and a read-only folder for anybody else.
        boolean root = "root".equals(System.getProperty("user.name"));
        Path file;
        if (root) {
            file = Path.of("/proc/strata-test.stack.json");
        } else {
            Path readOnly = Files.createDirectory(folder.resolve("read-only"));
            file = Files.write(readOnly.resolve("map.stack.json"), OLD);
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        Path target = file;
        assertThatThrownBy(() -> SafeSave.write(target, out -> out.write(NEW))).isInstanceOf(IOException.class);
        if (root) {
            assertThat(target).doesNotExist();
        } else {
            assertThat(target).hasBinaryContent(OLD);
            Files.setPosixFilePermissions(target.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void stackFilesReportsAFailedSaveInWords() throws IOException {
        Path file = Files.createDirectory(folder.resolve("blocked.stack.json"));
        assertThatThrownBy(() -> StackFiles.save(StackFiles.snapshot(StackFiles.builtIn()), file))
                .isInstanceOf(StackFileException.class)
                .hasMessage(file + ":1:1: cannot save: a folder of that name is in the way");
    }

    private Stream<Path> leftovers() throws IOException {
        return Files.list(folder).filter(path -> path.getFileName().toString().endsWith(".tmp")).toList().stream();
    }
}
