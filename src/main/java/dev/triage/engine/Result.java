package dev.triage.engine;

import dev.triage.model.Outcome;
import dev.triage.model.RedFlag;
import dev.triage.model.Reference;
import dev.triage.model.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a walk ended and why.
 *
 * @param path every question answered, in order
 * @param reasons the reasons of the answers given in path order, then the outcome's own; each
 *     reason once
 * @param redFlag the red flag whose "yes" (or "not sure" treated as yes) ended the walk, with its
 *     advice
 * @param source the likely source named by the outcome, if any
 * @param alsoConsider other sources the outcome names
 * @param references the references cited by the outcome and the red flag that ended the walk, each
 *     once
 */
public record Result(
    Outcome outcome,
    List<Answer> path,
    List<String> reasons,
    Optional<RedFlag> redFlag,
    Optional<Source> source,
    List<Source> alsoConsider,
    List<Reference> references) {
  public Result {
    Objects.requireNonNull(outcome, "outcome");
    path = List.copyOf(path);
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(redFlag, "redFlag");
    Objects.requireNonNull(source, "source");
    alsoConsider = List.copyOf(alsoConsider);
    references = List.copyOf(references);
  }
}
