package dev.triage.load;

import dev.triage.diag.Diagnostic;
import dev.triage.model.Pos;
import java.util.ArrayList;
import java.util.List;

/** Collects every shape problem of one file, so an author sees them all in one run rather than one per run. */
final class Problems {
  private final String file;
  private final List<Diagnostic> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void error(Pos pos, String message) {
    found.add(Diagnostic.error(file, pos, message));
  }

  boolean any() {
    return !found.isEmpty();
  }

  /** In {@link Diagnostic#ORDER}: by line and column. */
  List<Diagnostic> sorted() {
    List<Diagnostic> all = new ArrayList<>(found);
    all.sort(Diagnostic.ORDER);
    return all;
  }
}
