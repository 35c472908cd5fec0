package dev.triage.engine;

import dev.triage.model.Asked;
import dev.triage.model.Node;
import dev.triage.model.Outcome;
import dev.triage.model.Questionnaire;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import dev.triage.model.Reference;
import dev.triage.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One person's way through a questionnaire so far: the answers given and the node reached.
 * Immutable: answering, going back or changing an answer returns a new walk, so a caller can keep
 * any earlier state. Changing an answer drops every answer after it, so no answer from an abandoned
 * branch survives.
 */
public final class Walk {
  private final Flow flow;
  private final Trail trail;
  private final Node at;

  /**
   * {@link #answers} as a list, made when first asked for: building it at every step made a long
   * walk quadratic.
   */
  private volatile List<Answer> answers;

  /**
   * The answers so far as a chain from the latest back to the first, so that answering shares every
   * earlier answer instead of copying them.
   */
  private record Trail(Trail before, Answer last, int size) {
    static final Trail NONE = new Trail(null, null, 0);

    Trail plus(Answer answer) {
      return new Trail(this, answer, size + 1);
    }

    /** The trail of the first {@code n} answers. */
    Trail first(int n) {
      Trail t = this;
      while (t.size > n) {
        t = t.before;
      }
      return t;
    }

    List<Answer> toList() {
      Answer[] all = new Answer[size];
      for (Trail t = this; t.size > 0; t = t.before) {
        all[t.size - 1] = t.last;
      }
      return List.of(all);
    }
  }

  private Walk(Flow flow, Trail trail, Node at) {
    this.flow = flow;
    this.trail = trail;
    this.at = at;
  }

  /**
   * A walk at the first red flag (or the start question); prepares the questionnaire once with
   * {@link Flow#of}.
   */
  public static Walk start(Questionnaire questionnaire) {
    return start(Flow.of(questionnaire));
  }

  /**
   * A walk at the first red flag, sharing what {@code flow} has computed with every other walk of
   * it.
   */
  public static Walk start(Flow flow) {
    return new Walk(flow, Trail.NONE, flow.entry());
  }

  public Flow flow() {
    return flow;
  }

  /** The question to ask now; empty once an outcome is reached. */
  public Optional<Asked> current() {
    return at instanceof Asked a ? Optional.of(a) : Optional.empty();
  }

  /** The questions answered so far, in the order asked. */
  public List<Answer> answers() {
    List<Answer> list = answers;
    if (list == null) {
      list = trail.toList();
      answers = list; // two threads racing here make equal lists; either may be kept
    }
    return list;
  }

  public boolean done() {
    return at instanceof Outcome;
  }

  /**
   * The walk after {@code answer}, which must answer the current question (resolved by {@link
   * Choices}, here or when the answers given up front were resolved, {@link AnswerSet}).
   */
  public Walk answer(Answer answer) {
    Asked q =
        current()
            .orElseThrow(
                () -> new IllegalStateException("the walk has ended at '" + at.id() + "'"));
    if (!answer.question().id().equals(q.id())) {
      throw new IllegalArgumentException(
          "'" + answer.question().id() + "' is answered, but '" + q.id() + "' is asked");
    }
    return new Walk(flow, trail.plus(answer), flow.node(answer.next()).orElseThrow());
  }

  /**
   * The walk after answering the current question with {@code input}, a choice id or number as
   * {@link Choices} reads it; empty when it is not one of the question's answers ({@link
   * Rejection#of} says why).
   */
  public Optional<Walk> answer(String input) {
    Asked q =
        current()
            .orElseThrow(
                () -> new IllegalStateException("the walk has ended at '" + at.id() + "'"));
    return flow.choices(q).resolve(input).map(this::answer);
  }

  /** Whether there is an answer to go back over. */
  public boolean canGoBack() {
    return trail.size() > 0;
  }

  /**
   * The walk before the last answer, with that question current again; this walk when nothing is
   * answered yet.
   */
  public Walk back() {
    return trail.size() == 0 ? this : rewind(trail.size() - 1);
  }

  /**
   * The walk with {@code questionId} current again and its answer and every later one dropped;
   * empty when that question has not been answered on this walk.
   */
  public Optional<Walk> rewindTo(String questionId) {
    List<Answer> list = answers();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).question().id().equals(questionId)) {
        return Optional.of(rewind(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The walk with the answer at {@code index} and every later one dropped, and its question current
   * again.
   */
  private Walk rewind(int index) {
    Trail kept = trail.first(index + 1);
    return new Walk(flow, kept.before(), kept.last().question());
  }

  /** The 1-based number of the current question, for "question 4 of at most 9". */
  public int number() {
    return trail.size() + 1;
  }

  /** The most questions still to come, counting the current one; 0 once an outcome is reached. */
  public int remainingAtMost() {
    return flow.remainingAtMost(at.id());
  }

  /** The most questions this walk can have in all: those answered plus {@link #remainingAtMost}. */
  public int totalAtMost() {
    return trail.size() + remainingAtMost();
  }

  /**
   * Answers the current question and those after it from {@code given} (question id to its answer,
   * resolved once) while it can.
   */
  public Walk replay(Map<String, Answer> given) {
    Walk walk = this;
    while (walk.current().isPresent() && given.containsKey(walk.current().get().id())) {
      walk = walk.answer(given.get(walk.current().get().id()));
    }
    return walk;
  }

  /**
   * The questions still needed, as far as they can be known: the current one, then onwards through
   * the answers in {@code given}, past an unanswered red flag along its "no", and past an
   * unanswered question only while every way on that does not end the walk leads to the same place.
   * These are the questions to ask unless an answer ends the walk sooner, or a red flag's "yes"
   * asks its follow-ups.
   */
  public List<Asked> stillNeeded(Map<String, Answer> given) {
    List<Asked> needed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Optional<Asked> q = current();
    while (q.isPresent() && seen.add(q.get().id())) {
      Asked asked = q.get();
      Optional<Answer> answer = Optional.ofNullable(given.get(asked.id()));
      String next;
      if (answer.isPresent()) {
        next = answer.get().next();
      } else if (asked instanceof RedFlag flag) {
        // "Yes" ends the walk or asks follow-ups that go on where "no" goes: the questions after it
        // are "no"'s.
        needed.add(asked);
        next = flag.onNo().id();
      } else {
        needed.add(asked);
        List<String> onwards =
            Flow.next(asked).stream().filter(id -> flow.asked(id).isPresent()).toList();
        if (onwards.size() != 1) {
          break;
        }
        next = onwards.get(0);
      }
      q = flow.asked(next);
    }
    return List.copyOf(needed);
  }

  /** The outcome, the path and the reasons, once an outcome is reached. */
  public Optional<Result> result() {
    if (!(at instanceof Outcome outcome)) {
      return Optional.empty();
    }
    List<Answer> answers = answers();
    Optional<RedFlag> redFlag = endingRedFlag(outcome);
    Set<String> reasons = new LinkedHashSet<>();
    answers.stream()
        .filter(a -> counts(a, redFlag))
        .forEach(a -> a.reason().ifPresent(reasons::add));
    reasons.addAll(outcome.reasons());
    Optional<Source> source = outcome.source().flatMap(r -> flow.source(r.id()));
    List<Source> also =
        outcome.alsoConsider().stream().flatMap(r -> flow.source(r.id()).stream()).toList();
    Map<String, Reference> refs = new LinkedHashMap<>();
    List<Ref> cited = new ArrayList<>(outcome.refs());
    redFlag.ifPresent(f -> cited.addAll(f.refs()));
    for (Ref r : cited) {
      flow.reference(r.id()).ifPresent(ref -> refs.putIfAbsent(ref.key(), ref));
    }
    return Optional.of(
        new Result(
            outcome,
            answers,
            List.copyOf(reasons),
            redFlag,
            source,
            also,
            List.copyOf(refs.values())));
  }

  /**
   * Whether an answer's reason belongs on the result: always, except the "yes" to a red flag with
   * follow-ups, which says why the follow-ups were asked and is a reason only when one of them
   * ended the walk.
   */
  private static boolean counts(Answer answer, Optional<RedFlag> ending) {
    return !(answer.question() instanceof RedFlag flag)
        || !flag.hasFollowUps()
        || ending.filter(f -> flag.leadsTo(f.id())).isPresent();
  }

  private Optional<RedFlag> endingRedFlag(Outcome outcome) {
    if (trail.size() == 0 || !(trail.last().question() instanceof RedFlag flag)) {
      return Optional.empty();
    }
    Answer last = trail.last();
    boolean yes = !last.choice().equals(RedFlag.NO) && flag.onYes().id().equals(outcome.id());
    return yes ? Optional.of(flag) : Optional.empty();
  }
}
