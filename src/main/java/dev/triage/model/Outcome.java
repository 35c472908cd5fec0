package dev.triage.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a walk ends: how soon to act, the likely source (or none), and the advice. Worded as a
 * likely source and next steps, never as a diagnosis.
 *
 * @param reasons reasons that always apply to this outcome, shown after the reasons of the answers
 *     given
 * @param seekCare when to see whom, and how soon
 */
public record Outcome(
    String id,
    Pos pos,
    Tier tier,
    Optional<Ref> source,
    List<Ref> alsoConsider,
    String title,
    String summary,
    List<String> reasons,
    List<String> nextSteps,
    List<String> avoid,
    List<String> seekCare,
    List<Ref> refs)
    implements Node {
  public Outcome {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(source, "source");
    alsoConsider = List.copyOf(alsoConsider);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    reasons = List.copyOf(reasons);
    nextSteps = List.copyOf(nextSteps);
    avoid = List.copyOf(avoid);
    seekCare = List.copyOf(seekCare);
    refs = List.copyOf(refs);
  }
}
