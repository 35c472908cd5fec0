package dev.triage.cases;

import dev.triage.engine.Answer;
import dev.triage.model.Pos;
import dev.triage.model.Tier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One case of a case file: answers in, the outcome (and optionally the tier) expected out.
 *
 * @param answers the case's own answers, question id to answer, in the order written
 * @param answerPos where each of the case's own answers is written, for warnings
 * @param notAsked questions the walk must not ask; one the case answers is not warned about as
 *     never reached
 * @param reasonsInclude pieces of text each of which must occur, ignoring case, in one of the
 *     result's reasons
 */
public record Case(
    String name,
    Pos pos,
    Map<String, Answer> answers,
    Map<String, Pos> answerPos,
    String outcome,
    Optional<Tier> tier,
    List<String> notAsked,
    List<String> reasonsInclude) {
  public Case {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pos, "pos");
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    answerPos = Map.copyOf(answerPos);
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(tier, "tier");
    notAsked = List.copyOf(notAsked);
    reasonsInclude = List.copyOf(reasonsInclude);
  }

  /** A case that checks only the outcome and, if given, the tier. */
  public Case(
      String name,
      Pos pos,
      Map<String, Answer> answers,
      Map<String, Pos> answerPos,
      String outcome,
      Optional<Tier> tier) {
    this(name, pos, answers, answerPos, outcome, tier, List.of(), List.of());
  }
}
