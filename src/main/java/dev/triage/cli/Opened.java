package dev.triage.cli;

import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.diag.TriageException;
import dev.triage.engine.Flow;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;

/** A questionnaire loaded, validated and prepared for walking, as run and test use it. */
record Opened(Loaded loaded, Flow flow) {
  /**
   * Loads the questionnaire and refuses it when validation finds errors (each printed with its line and caret), so no
   * walk ever runs over a broken graph.
   */
  static Opened open(SourceText source) throws QuestionnaireException {
    Loaded loaded = QuestionnaireLoader.load(source);
    try {
      return new Opened(loaded, Flow.of(loaded.questionnaire()));
    } catch (IllegalArgumentException e) {
      throw TriageException.input(source.name() + ": cannot be walked: " + e.getMessage()
          + "; run 'triage validate' on it");
    }
  }
}
