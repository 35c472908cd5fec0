package dev.triage.report;

import dev.triage.diag.TriageException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
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
 * Writes a file so that it is never left half written: the text goes to a temporary file beside the
 * target, is flushed to disk, then moved into place in one step. An existing file is replaced only
 * when asked to, and only when it is a regular file; on any failure, or when the JVM is ended by a
 * signal meanwhile ({@link PendingFiles}), the temporary file is removed and the target is
 * untouched.
 */
public final class SafeFile implements AutoCloseable {
  private final Path target;
  private final String shown;
  private final boolean replace;
  private final Path temp;
  private final FileChannel channel;
  private final OutputStream out;
  private boolean placed;

  private SafeFile(Path target, String shown, boolean replace, Path temp, FileChannel channel) {
    this.target = target;
    this.shown = shown;
    this.replace = replace;
    this.temp = temp;
    this.channel = channel;
    this.out = Channels.newOutputStream(channel);
  }

  /**
   * Writes {@code text} to {@code target} in one step, in place of an existing regular file only
   * when {@code replace} is set.
   *
   * @param shown the name as the user gave it, for messages
   * @throws TriageException (input, exit 1) with one line saying what went wrong and what to do
   */
  public static void write(Path target, String shown, String text, boolean replace) {
    try (SafeFile file = open(target, shown, replace)) {
      file.stream().write(text.getBytes(StandardCharsets.UTF_8));
      file.place();
    } catch (IOException e) {
      throw failure(shown, e);
    }
  }

  /**
   * Whether a name as the user typed it ends in '/': it names a directory, even one that does not
   * exist, which the {@link Path} made of it no longer shows ({@code Path.of("new/")} is {@code
   * new}).
   */
  public static boolean namesDirectory(String shown) {
    return shown.endsWith("/");
  }

  /**
   * Checks, writing nothing, what {@link #open} checks before it creates anything, so that a
   * command can refuse a file it cannot write before it prints anything.
   *
   * @throws TriageException (input, exit 1) when {@code target} is a directory or no regular file,
   *     exists and {@code replace} is false, or its directory does not exist
   */
  public static void check(Path target, String shown, boolean replace) {
    if (namesDirectory(shown)) {
      throw TriageException.input(
          "cannot write '" + shown + "': a name ending in '/' names a directory; name a file");
    }
    if (Files.isDirectory(target)) {
      throw TriageException.input(
          "cannot write '" + shown + "': it is a directory; give a file name");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // Renaming over /dev/null or a pipe would replace it with a regular file; only regular files
      // are replaced.
      throw TriageException.input(
          "cannot write '"
              + shown
              + "': it is not a regular file (it is a device, pipe or"
              + " socket); give the name of a new file or of a regular file");
    }
    if (!replace && Files.exists(target)) {
      throw TriageException.input(
          "'" + shown + "' already exists; use --force to replace it, or choose another name");
    }
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw TriageException.input(
          "cannot write '"
              + shown
              + "': the directory "
              + (dir == null ? "" : "'" + dir + "' ")
              + "does not exist; create it first");
    }
  }

  /**
   * Starts writing {@code target}, for output too large to hold: write to {@link #stream}, then
   * {@link #place} it. Closing it unplaced (a failure on the way) deletes what was written, leaving
   * the target untouched.
   *
   * @throws TriageException (input, exit 1) when the target cannot be written, or exists and {@code
   *     replace} is false
   */
  public static SafeFile open(Path target, String shown, boolean replace) {
    check(target, shown, replace);
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = PendingFiles.create(dir, target.getFileName().toString());
      FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
      SafeFile file = new SafeFile(target, shown, replace, temp, channel);
      temp = null;
      return file;
    } catch (IOException e) {
      throw failure(shown, e);
    } finally {
      if (temp != null) {
        discard(temp);
      }
    }
  }

  /** Where the file's bytes go, unbuffered. */
  public OutputStream stream() {
    return out;
  }

  /**
   * Flushes what was written to disk and moves it into place.
   *
   * @throws TriageException (input, exit 1) when it cannot, the target then untouched
   */
  public void place() {
    try {
      channel.force(true);
      channel.close();
      if (replace) {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } else {
        placeNew(temp, target);
      }
      PendingFiles.done(temp);
      placed = true;
    } catch (IOException e) {
      throw failure(shown, e);
    }
  }

  /** Deletes what was written unless it was placed. */
  @Override
  public void close() {
    if (!placed) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // The file is deleted next, which is all that matters.
      }
      discard(temp);
    }
  }

  private static void discard(Path temp) {
    try {
      Files.deleteIfExists(temp);
      PendingFiles.done(temp);
    } catch (IOException ignored) {
      // Nothing more can be done (the shutdown hook tries again); the original failure is what the
      // user needs.
    }
  }

  private static TriageException failure(String shown, IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return new TriageException(
          TriageException.Kind.INPUT,
          "'" + shown + "' already exists; use --force to replace it, or choose another name",
          e);
    }
    if (e instanceof AccessDeniedException) {
      return new TriageException(
          TriageException.Kind.INPUT,
          "cannot write '" + shown + "': permission denied; choose a directory you can write to",
          e);
    }
    if (e instanceof NoSuchFileException) {
      return new TriageException(
          TriageException.Kind.INPUT,
          "cannot write '" + shown + "': the directory does not exist; create it first",
          e);
    }
    if (e instanceof FileSystemException f) {
      String why =
          f.getReason() == null
              ? f.getClass().getSimpleName()
              : f.getReason().toLowerCase(Locale.ROOT);
      return new TriageException(
          TriageException.Kind.INPUT, "cannot write '" + shown + "': " + why, e);
    }
    return new TriageException(
        TriageException.Kind.INPUT, "cannot write '" + shown + "': " + e.getMessage(), e);
  }

  /**
   * Puts {@code temp} in place as {@code target}, refusing a target that exists, atomically: a hard
   * link fails if the name is taken, where Files.move checks, then renames, and rename replaces a
   * file that appeared in between (eight concurrent writers under load saw two of them succeed).
   * Where hard links are not supported, that move it is.
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
