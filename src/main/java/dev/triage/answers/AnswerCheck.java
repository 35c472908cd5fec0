package dev.triage.answers;

import dev.triage.engine.Answer;
import dev.triage.diag.Nearest;
import dev.triage.diag.Printable;
import dev.triage.engine.Attempt;
import dev.triage.engine.Choices;
import dev.triage.engine.Flow;
import dev.triage.model.Asked;
import dev.triage.model.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks answers given up front against a questionnaire with the engine's one answer contract ({@link Choices}),
 * collecting every problem at once: an unknown question (with the nearest id), an answer that is not one of the
 * question's, and a question answered twice differently within one source. A later source replaces the answers of an
 * earlier one, so {@code -a} can change one answer replayed from a file.
 */
public final class AnswerCheck {
  /**
   * How many problems with answers are described; the rest are counted. A file of 100,000 wrong answers is one
   * mistake made many times, and finding the nearest id for each would take long.
   */
  static final int MAX_PROBLEMS = 20;

  private AnswerCheck() {}

  /** @param sources the answers of each source, earliest first (an answer file, then the {@code -a} flags) */
  public static Checked check(Flow flow, List<List<Given>> sources) {
    Map<String, String> answers = new LinkedHashMap<>();
    Map<String, Given> origins = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    int more = 0;
    List<String> ids = flow.askable().stream().map(Asked::id).toList();
    for (List<Given> source : sources) {
      Map<String, String> mine = new LinkedHashMap<>();
      for (Given g : source) {
        Optional<Asked> q = flow.asked(g.question());
        Optional<Answer> answer = q.flatMap(asked -> Choices.resolve(asked, g.choice()));
        String before = answer.map(a -> mine.putIfAbsent(g.question(), a.choice())).orElse(null);
        boolean twice = before != null && !before.equals(answer.get().choice());
        if (q.isEmpty() || answer.isEmpty() || twice) {
          if (problems.size() == MAX_PROBLEMS) {
            more++;
          } else if (q.isEmpty()) {
            problems.add(g.origin() + ": " + unknown(flow, g.question(), ids));
          } else if (answer.isEmpty()) {
            problems.add(g.origin() + ": " + Attempt.Rejected.of(q.get(), g.choice()).message());
          } else {
            problems.add(g.origin() + ": '" + g.question() + "' was already answered '" + before
                + "'; give each question one answer");
          }
          continue;
        }
        String choice = answer.get().choice();
        answers.put(g.question(), choice);
        origins.put(g.question(), g);
      }
    }
    if (more > 0) {
      problems.add("... and " + String.format(java.util.Locale.ROOT, "%,d", more) + " more problems like these; fix"
          + " the ones above first");
    }
    return new Checked(answers, origins, problems);
  }

  private static String unknown(Flow flow, String id, List<String> ids) {
    String name = flow.questionnaire().id();
    if (flow.node(id).filter(Outcome.class::isInstance).isPresent()) {
      return Printable.quote(id) + " is an outcome of '" + name + "', not a question";
    }
    return Nearest.id(id, ids)
        .map(near -> "no question " + Printable.quote(id) + " in '" + name + "'; did you mean '" + near + "'?")
        .orElse("no question " + Printable.quote(id) + " in '" + name + "'");
  }

  /**
   * Answers that passed, and every problem found.
   *
   * @param answers question id to the answer's id (numbers and letter case already resolved), in the order given
   * @param origins where each kept answer was given
   */
  public record Checked(Map<String, String> answers, Map<String, Given> origins, List<String> problems) {
    public Checked {
      answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
      origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
      problems = List.copyOf(problems);
    }
  }
}
