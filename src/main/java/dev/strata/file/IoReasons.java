package dev.strata.file;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says in words why a file operation failed, without Java class names or stack traces. */
final class IoReasons {

    private IoReasons() {
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a file is in the way of a folder";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException) {
            return "something of that name is in the way";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return lowerFirst(fileSystem.getReason());
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : lowerFirst(message);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
