package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each directory under src/test/resources/golden holds a questionnaire and answers,
 * and the expected Markdown report, JSON report and plain result. Run with {@code
 * -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class GoldenReportTest {
  static final Path ROOT = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  static Cli.Result run(String name, String... more) {
    String[] args =
        Workspace.join(
            new String[] {"run", "-q", "questionnaire.yaml", "--answers", "answers.yaml"}, more);
    Cli.Result r = Cli.run(ROOT.resolve(name), "", args);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    return r;
  }

  private static void check(String name, String file, String actual) throws IOException {
    check(ROOT.resolve(name).resolve(file), actual);
  }

  /** The file holds {@code actual}; with {@code -Dgolden.update=true}, it is made to. */
  static void check(Path expected, String actual) throws IOException {
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, expected.toString());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void markdownReportMatchesTheGoldenFile(String name) throws IOException {
    check(name, "expected.md", run(name, "-o", "-").out());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void jsonReportMatchesTheGoldenFile(String name) throws IOException {
    check(name, "expected.json", run(name, "-o", "-", "--format", "json").out());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void plainResultMatchesTheGoldenFile(String name) throws IOException {
    check(name, "expected.txt", run(name).out());
  }
}
