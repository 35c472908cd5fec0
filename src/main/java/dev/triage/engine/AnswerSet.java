package dev.triage.engine;

import dev.triage.diag.Nearest;
import dev.triage.diag.Printable;
import dev.triage.model.Asked;
import dev.triage.model.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The answers given before a walk (from an answer file, a replayed report, {@code -a} flags), each
 * resolved once against the questionnaire with the engine's one answer contract ({@link Choices});
 * a walk replays them as they are. Every problem is collected at once: an unknown question (with
 * the nearest id), an answer that is not one of the question's, and a question answered twice
 * differently within one source. A later source replaces the answers of an earlier one, so {@code
 * -a} can change one answer replayed from a file.
 */
public final class AnswerSet {
  /**
   * How many problems with answers are described; the rest are counted. A file of 100,000 wrong
   * answers is one mistake made many times, and finding the nearest id for each would take long.
   */
  public static final int MAX_PROBLEMS = 20;

  private final Map<String, Answer> answers;
  private final Map<String, String> origins;
  private final List<Problem> problems;

  /**
   * One answer that cannot be used, or, with no answer, the count of those left undescribed.
   *
   * @param answer the answer at fault, as written (its origin and position say where)
   */
  public record Problem(Optional<WrittenAnswer> answer, String message) {
    public Problem {
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(message, "message");
    }

    Problem(WrittenAnswer answer, String message) {
      this(Optional.of(answer), message);
    }

    /** The problem in one line, led by where the answer was written: {@code -a x=y: message}. */
    public String line() {
      return answer.map(w -> w.origin() + ": ").orElse("") + message;
    }
  }

  private AnswerSet(
      Map<String, Answer> answers, Map<String, String> origins, List<Problem> problems) {
    this.answers = Collections.unmodifiableMap(answers);
    this.origins = Collections.unmodifiableMap(origins);
    this.problems = List.copyOf(problems);
  }

  /**
   * Resolves every answer of every source against {@code flow}.
   *
   * @param sources the answers of each source, earliest first (an answer file, then the {@code -a}
   *     flags)
   */
  public static AnswerSet resolve(Flow flow, List<List<WrittenAnswer>> sources) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    Map<String, String> origins = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    int more = 0;
    for (List<WrittenAnswer> source : sources) {
      Map<String, String> mine = new LinkedHashMap<>();
      for (WrittenAnswer w : source) {
        Optional<Asked> q = flow.asked(w.question());
        if (q.isEmpty()) {
          // Ids are lower case (Ids.isId), so this finds a question id written in any letter case,
          // as choices are.
          q = flow.asked(w.question().toLowerCase(Locale.ROOT));
        }
        Optional<Answer> answer =
            q.isPresent() ? flow.choices(q.get()).resolve(w.choice()) : Optional.empty();
        String before =
            answer.map(a -> mine.putIfAbsent(a.question().id(), a.choice())).orElse(null);
        boolean twice = before != null && !before.equals(answer.get().choice());
        if (q.isEmpty() || answer.isEmpty() || twice) {
          if (problems.size() == MAX_PROBLEMS) {
            more++;
          } else if (q.isEmpty()) {
            problems.add(new Problem(w, unknown(flow, w.question())));
          } else if (answer.isEmpty()) {
            problems.add(new Problem(w, Rejection.of(q.get(), w.choice()).message()));
          } else {
            problems.add(
                new Problem(
                    w,
                    "'"
                        + w.question()
                        + "' was already answered '"
                        + before
                        + "'; give each question one answer"));
          }
          continue;
        }
        answers.put(q.get().id(), answer.get());
        origins.put(q.get().id(), w.origin());
      }
    }
    if (more > 0) {
      problems.add(
          new Problem(
              Optional.empty(),
              "... and "
                  + String.format(Locale.ROOT, "%,d", more)
                  + " more problems like these; fix the ones above first"));
    }
    return new AnswerSet(answers, origins, problems);
  }

  /**
   * Why {@code id} is not a question of the flow's questionnaire, with the nearest question id when
   * one is near: what an answer to it is told, and a batch's CSV header naming it.
   */
  public static String unknown(Flow flow, String id) {
    String name = flow.questionnaire().id();
    if (flow.node(id).filter(Outcome.class::isInstance).isPresent()) {
      return Printable.quote(id) + " is an outcome of '" + name + "', not a question";
    }
    return Nearest.id(id, flow.askable().stream().map(Asked::id).toList())
        .map(
            near ->
                "no question "
                    + Printable.quote(id)
                    + " in '"
                    + name
                    + "'; did you mean '"
                    + near
                    + "'?")
        .orElse("no question " + Printable.quote(id) + " in '" + name + "'");
  }

  /** Question id to its answer, in the order given, for {@link Walk#replay}. */
  public Map<String, Answer> answers() {
    return answers;
  }

  /** Where each kept answer was given, by question id. */
  public Map<String, String> origins() {
    return origins;
  }

  /**
   * The questions answered here that {@code walk} never asked, in the order given: answers that a
   * mistyped id or a branch not taken left unused, which run warns about and batch lists.
   */
  public List<String> unreached(Walk walk) {
    Set<String> asked = new HashSet<>();
    for (Answer a : walk.answers()) {
      asked.add(a.question().id());
    }
    List<String> unreached = new ArrayList<>();
    for (String id : answers.keySet()) {
      if (!asked.contains(id)) {
        unreached.add(id);
      }
    }
    return unreached;
  }

  /** Every problem found; empty when every answer resolved. */
  public List<Problem> problems() {
    return problems;
  }
}
