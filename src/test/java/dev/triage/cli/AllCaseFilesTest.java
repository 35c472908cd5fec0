package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every questionnaires/*.cases.yaml passes {@code triage test --require-coverage} without a
 * warning, so {@code mvn verify} runs them.
 */
class AllCaseFilesTest {
  static Stream<String> caseFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("questionnaires"))) {
      return files
          .map(p -> "questionnaires/" + p.getFileName())
          .filter(f -> f.endsWith(CasesCommand.SUFFIX))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("caseFiles")
  void everyCasePassesAndEveryOutcomeIsReached(String file) {
    Cli.Result r = Cli.run("test", "--require-coverage", file);
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().matches("(?s).*\\n\\d+ passed, 0 failed\\n"), r.out());
    assertFalse(r.out().contains("FAIL"), r.out());
    assertEquals("", r.err(), "an answer never reached on purpose belongs under expect: not-asked");
  }

  @ParameterizedTest
  @MethodSource("caseFiles")
  void everyQuestionnaireHasACaseFile(String ignored) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("questionnaires"))) {
      files
          .map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".yaml") && !f.endsWith(CasesCommand.SUFFIX))
          .forEach(
              f ->
                  assertTrue(
                      Files.exists(
                          Path.of("questionnaires", f.replace(".yaml", CasesCommand.SUFFIX))),
                      "questionnaires/" + f + " has no case file"));
    }
  }
}
