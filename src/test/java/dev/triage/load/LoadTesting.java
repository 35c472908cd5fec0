package dev.triage.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.DiagnosticPrinter;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shared helpers for the loader's tests: the fixtures, and the problems a text produces as printed
 * headlines.
 */
final class LoadTesting {
  /** A small valid questionnaire that the shape tests edit one line at a time. */
  static final String MINIMAL = resource("load/minimal.yaml");

  private LoadTesting() {}

  static String resource(String name) {
    try (InputStream in = LoadTesting.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** MINIMAL with {@code from} (which must occur exactly once) replaced by {@code to}. */
  static String minimalWith(String from, String to) {
    int at = MINIMAL.indexOf(from);
    if (at < 0 || MINIMAL.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("'" + from + "' must occur exactly once in minimal.yaml");
    }
    return MINIMAL.replace(from, to);
  }

  /**
   * The headlines of the problems loading {@code text} as "minimal.yaml" reports; fails if it
   * loads.
   */
  static List<String> problems(String text) {
    return failure(text).diagnostics().stream().map(Diagnostic::headline).toList();
  }

  static QuestionnaireException failure(String text) {
    return assertThrows(
        QuestionnaireException.class,
        () -> QuestionnaireLoader.load(new SourceText("minimal.yaml", text)));
  }

  /** Every diagnostic rendered as the command line prints it, with source lines and carets. */
  static String rendered(QuestionnaireException e) {
    return e.diagnostics().stream()
        .map(d -> DiagnosticPrinter.render(d, e.source()))
        .collect(Collectors.joining("\n"));
  }

  static void assertProblems(String text, String... expected) {
    assertEquals(List.of(expected), problems(text));
  }
}
