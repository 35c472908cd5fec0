package dev.triage.batch;

import dev.triage.diag.TriageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The answer sets a batch reads: a file the user named, or standard input, with its format.
 *
 * @param name how messages name it: the file as the user gave it, or {@code <stdin>}
 */
public record Intake(InputStream stream, String name, Format format) implements AutoCloseable {
  public Intake {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
  }

  /**
   * Opens the file at {@code path}.
   *
   * @param shown the file as the user gave it, for messages
   * @throws TriageException (input) when it is a directory, missing or unreadable, said in one line
   */
  public static Intake open(Path path, String shown, Format format) {
    if (Files.isDirectory(path)) {
      throw TriageException.input(
          shown + ": this is a directory, not a file; name a JSON Lines or CSV file");
    }
    try {
      return new Intake(Files.newInputStream(path), shown, format);
    } catch (NoSuchFileException e) {
      throw TriageException.input(shown + ": no such file; check the path and the file name");
    } catch (IOException e) {
      throw new TriageException(
          TriageException.Kind.INPUT, shown + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }
}
