package dev.triage.batch;

import dev.triage.engine.AnswerSet;
import dev.triage.engine.Flow;
import dev.triage.engine.Walk;
import dev.triage.model.Asked;
import java.util.List;
import java.util.Optional;

/**
 * Walks one answer set exactly as {@code triage run --no-input} walks the same answers: the same
 * resolution of every answer (all problems at once), the same replay, and where the answers stop
 * short, the same questions still needed. Nothing is guessed: an unanswered red flag is a missing
 * answer.
 */
final class Assessor {
  private final Flow flow;

  Assessor(Flow flow) {
    this.flow = flow;
  }

  /** What became of the item: its result, the questions it still needs, or why it was refused. */
  Optional<Triaged> assess(Item item) {
    Optional<WrittenSet> set;
    try {
      set = item.written();
    } catch (Refusal r) {
      return Optional.of(new Triaged.Rejected(item.line(), r.id(), List.of(r.getMessage())));
    }
    return set.map(this::assess);
  }

  Triaged assess(WrittenSet set) {
    AnswerSet given = AnswerSet.resolve(flow, List.of(set.answers()));
    if (!given.problems().isEmpty()) {
      return new Triaged.Rejected(
          set.line(), set.id(), given.problems().stream().map(AnswerSet.Problem::line).toList());
    }
    Walk walk = Walk.start(flow).replay(given.answers());
    if (!walk.done()) {
      List<String> needed = walk.stillNeeded(given.answers()).stream().map(Asked::id).toList();
      return new Triaged.Incomplete(set.line(), set.id(), needed);
    }
    return new Triaged.Complete(
        set.line(), set.id(), walk.result().orElseThrow(), given.unreached(walk), List.of());
  }
}
