package dev.triage.diag;

import java.util.List;
import java.util.Optional;

/**
 * A questionnaire or input file that cannot be used, with every diagnostic found and the text to
 * quote them from. Maps to exit code 1.
 */
public final class QuestionnaireException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;
  private final transient Optional<SourceText> source;

  public QuestionnaireException(List<Diagnostic> diagnostics, Optional<SourceText> source) {
    super(diagnostics.isEmpty() ? "invalid questionnaire" : diagnostics.get(0).headline());
    this.diagnostics = List.copyOf(diagnostics);
    this.source = source;
  }

  public static QuestionnaireException of(Diagnostic d) {
    return new QuestionnaireException(List.of(d), Optional.empty());
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public Optional<SourceText> source() {
    return source;
  }
}
