package dev.triage.answers;

import dev.triage.model.Pos;
import dev.triage.model.Tier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One case of a case file: answers in, the outcome (and optionally the tier) expected out.
 *
 * @param answers the case's own answers, question id to answer as written, in the order written
 * @param answerPos where each of the case's own answers is written, for warnings
 */
public record TestCase(
    String name, Pos pos, Map<String, String> answers, Map<String, Pos> answerPos, String outcome,
    Optional<Tier> tier) {
  public TestCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pos, "pos");
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    answerPos = Map.copyOf(answerPos);
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(tier, "tier");
  }
}
