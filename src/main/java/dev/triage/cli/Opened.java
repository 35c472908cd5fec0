package dev.triage.cli;

import dev.triage.cache.QuestionnaireCache;
import dev.triage.diag.Diagnostic;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.Severity;
import dev.triage.diag.SourceText;
import dev.triage.diag.TriageException;
import dev.triage.engine.Flow;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.validate.Validator;
import java.util.List;
import java.util.Optional;

/** A questionnaire loaded, validated and prepared for walking, as run and test use it. */
record Opened(Loaded loaded, Flow flow) {
  /**
   * Loads the questionnaire and refuses it when validation finds errors (each printed with its line and caret), so no
   * walk ever runs over a broken graph. Warnings are for authors ({@code triage validate}), not for people in pain.
   */
  static Opened open(SourceText source) throws QuestionnaireException {
    return open(source, Optional.empty());
  }

  /**
   * As {@link #open(SourceText)}, taking the questionnaire from {@code cache} when it holds this exact text (already
   * loaded and validated by this build), and keeping it there otherwise: an unchanged file then needs no YAML parsing,
   * validation or SHA-256 at all, most of a scripted run's time.
   */
  static Opened open(SourceText source, Optional<QuestionnaireCache> cache) throws QuestionnaireException {
    Optional<Loaded> cached = cache.flatMap(c -> c.find(source));
    Loaded loaded = cached.isPresent() ? cached.get() : loadAndValidate(source);
    Opened opened = walkable(loaded);
    if (cached.isEmpty()) {
      cache.ifPresent(c -> c.save(loaded));
    }
    return opened;
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
