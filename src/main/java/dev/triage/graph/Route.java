package dev.triage.graph;

import dev.triage.engine.Answer;
import dev.triage.engine.Result;
import dev.triage.graph.Chart.Arrow;
import dev.triage.graph.Chart.Box;
import dev.triage.graph.Chart.Kind;
import dev.triage.graph.Chart.Mark;
import dev.triage.model.Outcome;
import dev.triage.model.RedFlag;
import dev.triage.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The way one walk went, small enough to read on a report: the safety questions answered as one
 * stop, the red flag whose "yes" ended the walk (if one did), each symptom question with the answer
 * given, and the outcome. Reports draw it ({@link #chart}) and carry it as data.
 */
public record Route(List<Stop> stops) {
  public Route {
    stops = List.copyOf(stops);
  }

  /**
   * One stop on the route.
   *
   * @param id the red flag's, question's or outcome's id; {@link Chart#SCREEN} for the safety
   *     questions
   * @param text the question's text or the outcome's title, as written; empty for the safety
   *     questions
   * @param answer the answer given here, as shown ("Not sure (taken as: No)"); empty for the screen
   *     and the outcome
   * @param answered for the safety questions, how many were answered
   */
  public record Stop(
      Kind kind,
      String id,
      String text,
      Optional<String> answer,
      Optional<Tier> tier,
      int answered) {
    public Stop {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(tier, "tier");
    }
  }

  /** The route of a finished walk. */
  public static Route of(Result result) {
    List<Answer> path = result.path();
    int flags = (int) path.stream().filter(a -> a.question() instanceof RedFlag).count();
    List<Stop> stops = new ArrayList<>();
    int screened = result.redFlag().isPresent() ? flags - 1 : flags;
    if (screened > 0) {
      stops.add(
          new Stop(Kind.SCREEN, Chart.SCREEN, "", Optional.empty(), Optional.empty(), screened));
    }
    for (Answer a : path.subList(screened, path.size())) {
      Kind kind = a.question() instanceof RedFlag ? Kind.RED_FLAG : Kind.QUESTION;
      stops.add(
          new Stop(
              kind,
              a.question().id(),
              a.question().text(),
              Optional.of(answerText(a)),
              Optional.empty(),
              0));
    }
    Outcome o = result.outcome();
    stops.add(
        new Stop(Kind.OUTCOME, o.id(), o.title(), Optional.empty(), Optional.of(o.tier()), 0));
    return new Route(stops);
  }

  /**
   * How an answer reads on a report: its label, and for "not sure" taken as a choice, which one.
   */
  public static String answerText(Answer a) {
    return a.treatedAs()
        .map(
            id ->
                a.label()
                    + " (taken as: "
                    + a.question().choices().stream()
                        .filter(c -> c.id().equals(id))
                        .findFirst()
                        .map(c -> c.label())
                        .orElse(id)
                    + ")")
        .orElse(a.label());
  }

  /**
   * The route as a chart: one box per stop, top to bottom, each arrow labelled with the answer
   * given.
   */
  public Chart chart(String questionnaire) {
    List<Box> boxes = new ArrayList<>();
    List<Arrow> arrows = new ArrayList<>();
    for (int i = 0; i < stops.size(); i++) {
      Stop s = stops.get(i);
      List<String> lines =
          switch (s.kind()) {
            case SCREEN -> List.of("Safety questions (red flags):", s.answered() + " answered");
            case OUTCOME ->
                Labels.box(s.tier().orElseThrow().key().toUpperCase(Locale.ROOT), s.text());
            default -> Labels.wrap(s.text(), Labels.MOST);
          };
      boxes.add(new Box(s.id(), s.kind(), lines, s.tier(), Mark.NONE));
      if (i > 0) {
        Stop before = stops.get(i - 1);
        arrows.add(
            new Arrow(
                before.id(),
                s.id(),
                before.answer().map(t -> Labels.cut(t, Labels.WIDTH)).orElse(""),
                Mark.NONE));
      }
    }
    return new Chart(questionnaire, boxes, arrows);
  }
}
