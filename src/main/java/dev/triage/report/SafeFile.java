package dev.triage.report;

import dev.triage.diag.TriageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Writes a file so that it is never left half written: the text goes to a temporary file beside the target, is
 * flushed to disk, then moved into place in one step. An existing file is replaced only when asked to, and only when it
 * is a regular file; on any failure, or when the JVM is ended by a signal meanwhile ({@link PendingFiles}), the
 * temporary file is removed and the target is untouched.
 */
public final class SafeFile {
  private SafeFile() {}

  /**
   * Writes {@code text} to {@code target}, in place of an existing regular file only when {@code replace} is set.
   *
   * @param shown the name as the user gave it, for messages
   * @throws TriageException (input, exit 1) with one line saying what went wrong and what to do
   */
  public static void write(Path target, String shown, String text, boolean replace) {
    if (Files.isDirectory(target)) {
      throw TriageException.input("cannot write '" + shown + "': it is a directory; give a file name");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // Renaming over /dev/null or a pipe would replace it with a regular file; only regular files are replaced.
      throw TriageException.input("cannot write '" + shown + "': it is not a regular file (it is a device, pipe or"
          + " socket); give the name of a new file or of a regular file");
    }
    if (!replace && Files.exists(target)) {
      throw TriageException.input("'" + shown + "' already exists; use --force to replace it, or choose another name");
    }
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw TriageException.input("cannot write '" + shown + "': the directory " + (dir == null ? "" : "'" + dir
          + "' ") + "does not exist; create it first");
    }
    Path temp = null;
    try {
      temp = PendingFiles.create(dir, target.getFileName().toString());
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          ch.write(bytes);
        }
        ch.force(true);
      }
      if (replace) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } else {
        placeNew(temp, target);
      }
      PendingFiles.done(temp);
      temp = null;
    } catch (FileAlreadyExistsException e) {
      throw new TriageException(TriageException.Kind.INPUT,
          "'" + shown + "' already exists; use --force to replace it, or choose another name", e);
    } catch (AccessDeniedException e) {
      throw new TriageException(TriageException.Kind.INPUT,
          "cannot write '" + shown + "': permission denied; choose a directory you can write to", e);
    } catch (NoSuchFileException e) {
      throw new TriageException(TriageException.Kind.INPUT,
          "cannot write '" + shown + "': the directory does not exist; create it first", e);
    } catch (FileSystemException e) {
      String why = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason().toLowerCase(Locale.ROOT);
      throw new TriageException(TriageException.Kind.INPUT, "cannot write '" + shown + "': " + why, e);
    } catch (IOException e) {
      throw new TriageException(TriageException.Kind.INPUT, "cannot write '" + shown + "': " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
          PendingFiles.done(temp);
        } catch (IOException ignored) {
          // Nothing more can be done (the shutdown hook tries again); the original failure is what the user needs.
        }
      }
    }
  }

  /**
   * Puts {@code temp} in place as {@code target}, refusing a target that exists, atomically: a hard link fails if the
   * name is taken, where Files.move checks, then renames, and rename replaces a file that appeared in between (eight
   * concurrent writers under load saw two of them succeed). Where hard links are not supported, that move it is.
   */
  private static void placeNew(Path temp, Path target) throws IOException {
    try {
      Files.createLink(target, temp);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.move(temp, target);
      return;
    }
    Files.delete(temp);
  }
}
