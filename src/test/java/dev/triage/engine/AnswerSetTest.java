package dev.triage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerSetTest {
  private final Flow flow = Flow.of(Fixtures.example());

  private static WrittenAnswer flag(String id, String choice) {
    return new WrittenAnswer(id, choice, "-a " + id + "=" + choice);
  }

  /** Question id to the id of the choice each answer resolved to, in the order given. */
  private static Map<String, String> choices(AnswerSet set) {
    Map<String, String> choices = new LinkedHashMap<>();
    set.answers().forEach((id, answer) -> choices.put(id, answer.choice()));
    return choices;
  }

  @Test
  void answersAreResolvedToChoiceIdsInTheOrderGiven() {
    AnswerSet c =
        AnswerSet.resolve(
            flow, List.of(List.of(flag("sitting-pain", "3"), flag("saddle-numbness", "NO"))));
    assertEquals(Map.of("sitting-pain", "not-sure", "saddle-numbness", "no"), choices(c));
    assertEquals(List.of("sitting-pain", "saddle-numbness"), List.copyOf(c.answers().keySet()));
    assertEquals("sitting-pain", c.answers().get("sitting-pain").question().id());
    assertEquals(List.of(), c.problems());
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    AnswerSet c =
        AnswerSet.resolve(
            flow,
            List.of(
                List.of(
                    flag("sitting-pian", "yes"),
                    flag("sitting-pain", "maybe"),
                    flag("zzz", "yes"),
                    flag("nerve-pain", "yes"),
                    flag("nerve-signs", "yes"),
                    flag("nerve-signs", "1"),
                    flag("nerve-signs", "no"))));
    assertEquals(
        List.of(
            "-a sitting-pian=yes: no question 'sitting-pian' in 'fixture'; did you mean 'sitting-pain'?",
            "-a sitting-pain=maybe: 'maybe' is not an answer to 'sitting-pain'; valid answers: yes, no, not-sure"
                + " (or 1 to 3)",
            "-a zzz=yes: no question 'zzz' in 'fixture'",
            "-a nerve-pain=yes: 'nerve-pain' is an outcome of 'fixture', not a question",
            "-a nerve-signs=no: 'nerve-signs' was already answered 'yes'; give each question one answer"),
        c.problems().stream().map(AnswerSet.Problem::line).toList());
    assertEquals(Map.of("nerve-signs", "yes"), choices(c));
  }

  @Test
  void aLaterSourceReplacesAnAnswerOfAnEarlierOne() {
    WrittenAnswer fromFile = new WrittenAnswer("sitting-pain", "yes", "report.md:12:3");
    AnswerSet c =
        AnswerSet.resolve(flow, List.of(List.of(fromFile), List.of(flag("sitting-pain", "no"))));
    assertEquals(Map.of("sitting-pain", "no"), choices(c));
    assertEquals(List.of(), c.problems());
    assertEquals("-a sitting-pain=no", c.origins().get("sitting-pain"));
  }

  @Test
  void theAnswersAWalkNeverAskedAreUnreachedInTheOrderGiven() {
    AnswerSet c =
        AnswerSet.resolve(
            flow,
            List.of(
                List.of(
                    flag("sit-bone-check", "yes"),
                    flag("saddle-numbness", "yes"),
                    flag("sitting-pain", "no"))));
    Walk walk = Walk.start(flow).replay(c.answers());
    assertEquals(
        List.of("saddle-numbness"), walk.answers().stream().map(a -> a.question().id()).toList());
    assertEquals(List.of("sit-bone-check", "sitting-pain"), c.unreached(walk));
    AnswerSet asked = AnswerSet.resolve(flow, List.of(List.of(flag("saddle-numbness", "yes"))));
    assertEquals(List.of(), asked.unreached(Walk.start(flow).replay(asked.answers())));
  }
}
