package dev.triage.validate;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.DiagnosticPrinter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads and validates the questionnaires under src/test/resources/validate/, as `triage validate`
 * would.
 */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    URL url = Fixtures.class.getResource("/validate/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture validate/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static CheckedFile check(String name) {
    return CheckedFile.check(path(name), name);
  }

  /** The first line of every diagnostic, in the order printed. */
  static List<String> headlines(String name) {
    return check(name).diagnostics().stream().map(Diagnostic::headline).toList();
  }

  /** Every diagnostic as printed: headline, source line and caret. */
  static String rendered(String name) {
    CheckedFile checked = check(name);
    return checked.diagnostics().stream()
        .map(d -> DiagnosticPrinter.render(d, checked.source()))
        .collect(Collectors.joining("\n"));
  }
}
