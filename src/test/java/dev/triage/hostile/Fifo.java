package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Makes a named pipe with mkfifo, as a hostile folder or a careless command line would hold one.
 */
final class Fifo {
  private Fifo() {}

  static Path make(Path path) {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      p.waitFor();
      assertEquals(0, p.exitValue(), "mkfifo " + path);
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
