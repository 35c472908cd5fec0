package dev.triage.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole questionnaire as written: metadata, references, sources, the red-flag screen, the symptom questions and the
 * outcomes. The walk starts at the first red flag (or at {@code start} when there are none). The graph may be any
 * directed acyclic graph; the validator, not this type, guarantees it is well formed.
 */
public record Questionnaire(
    int format,
    String id,
    String title,
    String version,
    String language,
    Optional<String> description,
    String disclaimer,
    List<Reference> references,
    List<Source> sources,
    List<RedFlag> redFlags,
    Ref start,
    List<Question> questions,
    List<Outcome> outcomes) {
  public Questionnaire {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(disclaimer, "disclaimer");
    references = List.copyOf(references);
    sources = List.copyOf(sources);
    redFlags = List.copyOf(redFlags);
    Objects.requireNonNull(start, "start");
    questions = List.copyOf(questions);
    outcomes = List.copyOf(outcomes);
  }

  /** The id of the first node asked. */
  public String entry() {
    return redFlags.isEmpty() ? start.id() : redFlags.get(0).id();
  }
}
