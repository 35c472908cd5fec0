package dev.triage.validate;

import dev.triage.diag.Diagnostic;
import dev.triage.model.Pos;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one questionnaire file as the rules find them. */
final class Findings {
  private final String file;
  private final List<Diagnostic> found = new ArrayList<>();

  Findings(String file) {
    this.file = file;
  }

  void error(Pos pos, String message) {
    found.add(Diagnostic.error(file, pos, message));
  }

  void warning(Pos pos, String message) {
    found.add(Diagnostic.warning(file, pos, message));
  }

  /** A diagnostic found by another pass over the same file. */
  void add(Diagnostic d) {
    found.add(d);
  }

  /** Everything found, in the order it is printed. */
  List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(found);
    copy.sort(Diagnostic.ORDER);
    return List.copyOf(copy);
  }
}
