package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of whole command lines: each directory under src/test/resources/commands holds
 * {@code args} (one argument a line) and any files they name, and the expected standard output,
 * standard error and exit code of running them there: every command's {@code --help}, and one
 * failure of each class (usage, a file, a questionnaire, an answer, a report). Run with {@code
 * -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class GoldenCommandTest {
  static final Path ROOT = Path.of("src", "test", "resources", "commands");
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

  @ParameterizedTest
  @MethodSource("cases")
  void theCommandLinePrintsAndExitsAsTheGoldenFilesSay(String name) throws IOException {
    Path dir = ROOT.resolve(name).toAbsolutePath();
    List<String> args = Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8);
    Cli.Result r = Cli.run(dir, "", args.toArray(String[]::new));
    if (UPDATE) {
      Files.writeString(dir.resolve("expected.out"), r.out(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("expected.err"), r.err(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("expected.code"), r.exitCode() + "\n", StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(dir.resolve("expected.out")), r.out(), name + "/expected.out");
    assertEquals(Files.readString(dir.resolve("expected.err")), r.err(), name + "/expected.err");
    assertEquals(
        Files.readString(dir.resolve("expected.code")).strip(),
        Integer.toString(r.exitCode()),
        name + "/expected.code");
  }
}
