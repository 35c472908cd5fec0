package dev.triage.load;

import dev.triage.diag.Findings;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.model.Questionnaire;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads a questionnaire file: reads it ({@link SourceFiles}), parses it safely ({@link SafeYaml})
 * and maps it to the model, failing with every shape problem found. The result is well formed but
 * not yet validated: references, unique ids and the shape of the graph are checked by the
 * validator.
 *
 * <p>Positions: every element (red flag, question, choice, "not sure", outcome, source, reference)
 * is positioned where its mapping starts, which is its first key ({@code id} as usually written);
 * every {@link dev.triage.model.Ref} is positioned at the value that names the target. A red flag's
 * implicit "no" (to the next red flag or to {@code start}) is positioned at the red flag.
 */
public final class QuestionnaireLoader {
  private QuestionnaireLoader() {}

  /**
   * Loads the file at {@code path}, naming it {@code displayName} (as the user wrote it) in
   * diagnostics.
   */
  public static Loaded load(Path path, String displayName) throws QuestionnaireException {
    return load(SourceFiles.read(path, displayName));
  }

  /** Loads text that is already in memory: a bundled questionnaire or a test's. */
  public static Loaded load(SourceText source) throws QuestionnaireException {
    YamlNode root = SafeYaml.parse(source);
    Findings problems = new Findings(source.name());
    Optional<Questionnaire> questionnaire = new QuestionnaireMapper(problems).map(root);
    if (problems.any() || questionnaire.isEmpty()) {
      throw new QuestionnaireException(problems.sorted(), Optional.of(source));
    }
    return new Loaded(questionnaire.get(), source);
  }
}
