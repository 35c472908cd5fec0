package dev.triage.diag;

import dev.triage.model.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The diagnostics of one file, collected as they are found, so that its author sees every problem
 * in one run rather than one per run.
 */
public final class Findings {
  private final String file;
  private final List<Diagnostic> found = new ArrayList<>();

  /**
   * @param file how the diagnostics name the file, as the user wrote it
   */
  public Findings(String file) {
    this.file = file;
  }

  public void error(Pos pos, String message) {
    found.add(Diagnostic.error(file, pos, message));
  }

  public void warning(Pos pos, String message) {
    found.add(Diagnostic.warning(file, pos, message));
  }

  /** Diagnostics found earlier, by another reader of the same file. */
  public void addAll(List<Diagnostic> earlier) {
    found.addAll(earlier);
  }

  public boolean any() {
    return !found.isEmpty();
  }

  /** Everything found, in {@link Diagnostic#ORDER}: by line and column. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> all = new ArrayList<>(found);
    all.sort(Diagnostic.ORDER);
    return List.copyOf(all);
  }

  /** Fails with everything found, quoted from {@code source}, if anything was. */
  public void throwIfAny(SourceText source) throws QuestionnaireException {
    if (any()) {
      throw new QuestionnaireException(sorted(), Optional.of(source));
    }
  }
}
