package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.triage.cli.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the hostile-input tests share: a working directory to plant files in, and the checks every
 * refusal passes.
 */
final class Hostile {
  /** The repository's example questionnaire. */
  static final Path EXAMPLE = Path.of("questionnaires", "example.yaml").toAbsolutePath();

  /** Every answer of a full walk of the example to its sit-bone outcome, as one -a flag. */
  static final String SIT_BONE =
      "saddle-numbness=no,swollen-calf=no,pop-and-bruise=no,sitting-pain=yes,"
          + "nerve-signs=no,sudden-onset=no,sit-bone-check=yes";

  private Hostile() {}

  static Path write(Path dir, String relative, String text) {
    try {
      Path target = dir.resolve(relative);
      Files.createDirectories(target.getParent());
      return Files.writeString(target, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String example() {
    return read(EXAMPLE);
  }

  /** The 1-based line of {@code text} on which {@code part} (which must occur once) starts. */
  static int lineOf(String text, String part) {
    int at = text.indexOf(part);
    if (at < 0 || text.indexOf(part, at + 1) >= 0) {
      throw new IllegalArgumentException("'" + part + "' must occur exactly once");
    }
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** The names in {@code dir}, sorted. */
  static List<String> files(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the command line in {@code dir} with nothing on standard input. */
  static Cli.Result run(Path dir, String... args) {
    return Cli.run(dir, "", args);
  }

  /** No Java stack trace and no raw escape character in anything the run printed. */
  static void assertClean(Cli.Result r) {
    for (String printed : List.of(r.out(), r.err())) {
      assertFalse(printed.contains("\tat ") || printed.contains("Exception"), printed);
      assertFalse(printed.chars().anyMatch(c -> c == 0x1B || c == 0x07 || c == 0x9B), printed);
    }
  }

  /** Exactly this on stderr, nothing on stdout, and this exit code. */
  static void assertRefused(Cli.Result r, int exitCode, String err) {
    assertEquals(err, r.err());
    assertEquals("", r.out());
    assertEquals(exitCode, r.exitCode());
    assertClean(r);
  }
}
