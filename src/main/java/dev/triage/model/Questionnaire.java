package dev.triage.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole questionnaire as written: metadata, references, sources, the red-flag screen, the symptom
 * questions and the outcomes. The walk starts at the first red flag (or at {@code start} when there
 * are none). The graph may be any directed acyclic graph; the validator, not this type, guarantees
 * it is well formed.
 *
 * @param governance who wrote it, its clinical reviews and change log; absent in a file that has
 *     none (a warning)
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
    List<Outcome> outcomes,
    Optional<Governance> governance) {
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
    Objects.requireNonNull(governance, "governance");
  }

  /** A questionnaire without a governance block, as files were written before it existed. */
  public Questionnaire(
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
    this(
        format,
        id,
        title,
        version,
        language,
        description,
        disclaimer,
        references,
        sources,
        redFlags,
        start,
        questions,
        outcomes,
        Optional.empty());
  }

  /** The id of the first node asked. */
  public String entry() {
    return redFlags.isEmpty() ? start.id() : redFlags.get(0).id();
  }
}
