package dev.triage.cli;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.Severity;
import dev.triage.diag.SourceText;
import dev.triage.diag.TriageException;
import dev.triage.engine.Flow;
import dev.triage.launch.Prebuilt;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.validate.Validator;
import java.util.List;
import java.util.Optional;

/** A questionnaire loaded, validated and prepared for walking, as run and test use it. */
record Opened(Loaded loaded, Flow flow) {
  /**
   * Loads the questionnaire and refuses it when validation finds errors (each printed with its line and caret), so no
   * walk ever runs over a broken graph. Warnings are for authors ({@code triage validate}), not for people in pain. A
   * bundled questionnaire's text comes with the model the build made of it, which is used instead: no YAML parsing,
   * validation or SHA-256 at all, most of a scripted run's time.
   */
  static Opened open(SourceText source) throws QuestionnaireException {
    Optional<Loaded> prebuilt = Prebuilt.find(source);
    return walkable(prebuilt.isPresent() ? prebuilt.get() : loadAndValidate(source));
  }

  private static Loaded loadAndValidate(SourceText source) throws QuestionnaireException {
    Loaded loaded = QuestionnaireLoader.load(source);
    List<Diagnostic> errors = Validator.validate(loaded.questionnaire(), source.name()).stream()
        .filter(d -> d.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new QuestionnaireException(errors, Optional.of(source));
    }
    return loaded;
  }

  private static Opened walkable(Loaded loaded) {
    SourceText source = loaded.source();
    try {
      return new Opened(loaded, Flow.of(loaded.questionnaire()));
    } catch (IllegalArgumentException e) {
      throw TriageException.input(source.name() + ": cannot be walked: " + e.getMessage()
          + "; run 'triage validate' on it");
    }
  }
}
