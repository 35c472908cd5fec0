package dev.triage.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A working directory for a test run: files written into it, and the example questionnaire at hand.
 */
final class Workspace {
  /** The repository's example questionnaire, the one most run tests walk. */
  static final Path EXAMPLE = Path.of("questionnaires", "example.yaml").toAbsolutePath();

  /** Every answer of a full walk of the example to the sit-bone outcome. */
  static final String[] SIT_BONE = {
    "-a",
    "saddle-numbness=no",
    "-a",
    "swollen-calf=no",
    "-a",
    "pop-and-bruise=no",
    "-a",
    "sitting-pain=yes",
    "-a",
    "nerve-signs=no",
    "-a",
    "sudden-onset=no",
    "-a",
    "sit-bone-check=yes"
  };

  final Path dir;

  Workspace(Path dir) {
    this.dir = dir;
  }

  /** Copies the example questionnaire to {@code relative} and returns its path. */
  Path example(String relative) {
    try {
      Path target = dir.resolve(relative);
      Files.createDirectories(target.getParent());
      return Files.copy(EXAMPLE, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path write(String relative, String text) {
    try {
      Path target = dir.resolve(relative);
      Files.createDirectories(target.getParent());
      return Files.writeString(target, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String relative) {
    try {
      return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Cli.Result run(String... args) {
    return Cli.run(dir, "", args);
  }

  /**
   * Runs the example questionnaire, copied to questionnaires/example.yaml, to its sit-bone outcome,
   * with {@code more} arguments after the answers.
   */
  Cli.Result runSitBone(String... more) {
    return run(join(join(new String[] {"run", "-q", "example"}, SIT_BONE), more));
  }

  /** The names in the workspace's directory, sorted. */
  List<String> names() {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Cli.Result runWithStdin(String stdin, String... args) {
    return Cli.run(dir, stdin, args);
  }

  static String[] join(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
