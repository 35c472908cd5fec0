package dev.triage.validate;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.Severity;
import dev.triage.diag.SourceText;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One questionnaire file checked: loaded (its YAML and shape), then validated when it loaded. A
 * file that does not load carries the loader's diagnostics, so every file yields a result and
 * checking goes on to the next one.
 *
 * @param source the text to quote diagnostics from, when the file could be read
 * @param loaded the questionnaire, when it loaded (valid or not)
 */
public record CheckedFile(
    String file,
    List<Diagnostic> diagnostics,
    Optional<SourceText> source,
    Optional<Loaded> loaded) {
  public CheckedFile {
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(loaded, "loaded");
  }

  /**
   * Loads and validates {@code path}, naming it {@code displayName} (as the user wrote it) in every
   * diagnostic.
   */
  public static CheckedFile check(Path path, String displayName) {
    try {
      return checked(QuestionnaireLoader.load(path, displayName), Optional.empty());
    } catch (QuestionnaireException e) {
      return failed(displayName, e);
    }
  }

  /** Loads and validates text already read, named as {@code source.name()}. */
  public static CheckedFile check(SourceText source) {
    return check(source, Optional.empty());
  }

  /**
   * Loads and validates text already read, with the clinical governance checks against {@code
   * today}, as {@code triage validate} does.
   */
  public static CheckedFile check(SourceText source, LocalDate today) {
    return check(source, Optional.of(today));
  }

  private static CheckedFile check(SourceText source, Optional<LocalDate> today) {
    try {
      return checked(QuestionnaireLoader.load(source), today);
    } catch (QuestionnaireException e) {
      return failed(source.name(), e);
    }
  }

  /** A file that could not be read or loaded, with the diagnostics that say why. */
  public static CheckedFile failed(String file, QuestionnaireException e) {
    return new CheckedFile(file, e.diagnostics(), e.source(), Optional.empty());
  }

  private static CheckedFile checked(Loaded loaded, Optional<LocalDate> today) {
    String file = loaded.source().name();
    List<Diagnostic> found =
        today.isPresent()
            ? Validator.validate(loaded.questionnaire(), file, today.get())
            : Validator.validate(loaded.questionnaire(), file);
    return new CheckedFile(file, found, Optional.of(loaded.source()), Optional.of(loaded));
  }

  /** The errors alone: what makes the questionnaire unusable. */
  public List<Diagnostic> errorsOnly() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
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
