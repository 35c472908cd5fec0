package dev.triage.catalog;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.diag.TriageException;
import dev.triage.engine.Flow;
import dev.triage.launch.Prebuilt;
import dev.triage.load.Loaded;
import dev.triage.model.Questionnaire;
import dev.triage.validate.CheckedFile;
import java.util.List;
import java.util.Optional;

/**
 * A questionnaire file opened for walking: loaded, validated, and its flow prepared; what run and
 * test walk, and what a report names (its id, version and the SHA-256 of its text).
 */
public record QuestionnaireFile(Loaded loaded, Flow flow) {
  /**
   * Loads the questionnaire and refuses it when validation finds errors (each printed with its line
   * and caret), so no walk ever runs over a broken graph. Warnings are for authors ({@code triage
   * validate}), not for people in pain. A bundled questionnaire's text comes with the model the
   * build made of it, which is used instead: no YAML parsing, validation or SHA-256 at all, most of
   * a scripted run's time.
   */
  public static QuestionnaireFile open(SourceText source) throws QuestionnaireException {
    Optional<Loaded> prebuilt = Prebuilt.find(source);
    return walkable(prebuilt.isPresent() ? prebuilt.get() : loadAndValidate(source));
  }

  public Questionnaire questionnaire() {
    return flow.questionnaire();
  }

  /**
   * The SHA-256 of the file's text, so a report can name exactly which questionnaire it came from.
   */
  public String sha256() {
    return loaded.sha256();
  }

  private static Loaded loadAndValidate(SourceText source) throws QuestionnaireException {
    CheckedFile checked = CheckedFile.check(source);
    List<Diagnostic> errors = checked.errorsOnly();
    if (!errors.isEmpty() || checked.loaded().isEmpty()) {
      throw new QuestionnaireException(errors, checked.source());
    }
    return checked.loaded().get();
  }

  private static QuestionnaireFile walkable(Loaded loaded) {
    try {
      return new QuestionnaireFile(loaded, Flow.of(loaded.questionnaire()));
    } catch (IllegalArgumentException e) {
      throw TriageException.input(
          loaded.source().name()
              + ": cannot be walked: "
              + e.getMessage()
              + "; run 'triage validate' on it");
    }
  }
}
