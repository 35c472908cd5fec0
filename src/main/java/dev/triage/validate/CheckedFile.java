package dev.triage.validate;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.Severity;
import dev.triage.diag.SourceText;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One questionnaire file checked: loaded (its YAML and shape), then validated when it loaded. A file that does not
 * load carries the loader's diagnostics, so every file yields a result and checking goes on to the next one.
 *
 * @param source the text to quote diagnostics from, when the file could be read
 */
public record CheckedFile(String file, List<Diagnostic> diagnostics, Optional<SourceText> source) {
  public CheckedFile {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Loads and validates {@code path}, naming it {@code displayName} (as the user wrote it) in every diagnostic. */
  public static CheckedFile check(Path path, String displayName) {
    try {
      Loaded loaded = QuestionnaireLoader.load(path, displayName);
      return new CheckedFile(
          displayName, Validator.validate(loaded.questionnaire(), displayName), Optional.of(loaded.source()));
    } catch (QuestionnaireException e) {
      return new CheckedFile(displayName, e.diagnostics(), e.source());
    }
  }

  public long errors() {
    return count(Severity.ERROR);
  }

  public long warnings() {
    return count(Severity.WARNING);
  }

  private long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
