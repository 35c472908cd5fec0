package dev.triage.report;

import dev.triage.engine.Answer;
import dev.triage.engine.Result;
import dev.triage.graph.Route;
import dev.triage.model.Questionnaire;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a report says, whatever its format: which questionnaire (and the SHA-256 of its file,
 * so a replay can tell when it changed), when, the result, and the command line that reproduces it.
 *
 * @param reproduce the words of the {@code triage run ...} command that gives this result again
 */
public record Report(
    Questionnaire questionnaire,
    String sha256,
    LocalDate date,
    Result result,
    List<String> reproduce) {
  /** The version of the report layout, written into every report so future readers can tell. */
  public static final int LAYOUT = 1;

  public Report {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(result, "result");
    reproduce = List.copyOf(reproduce);
  }

  /** Question id to the answer id given, in the order asked: what a replay feeds back in. */
  public Map<String, String> answers() {
    Map<String, String> answers = new LinkedHashMap<>();
    for (Answer a : result.path()) {
      answers.put(a.question().id(), a.choice());
    }
    return answers;
  }

  /** The reproduce command as one shell-quoted line. */
  public String command() {
    return ShellQuote.line(reproduce);
  }

  /**
   * How an answer reads in a report: its label, and for "not sure" taken as a choice, which one.
   */
  static String answerText(Answer a) {
    return Route.answerText(a);
  }

  /** The way the walk went, as the report draws it and carries it. */
  public Route route() {
    return Route.of(result);
  }
}
