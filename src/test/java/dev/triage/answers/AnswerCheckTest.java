package dev.triage.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.engine.Fixtures;
import dev.triage.engine.Flow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {
  private final Flow flow = Flow.of(Fixtures.example());

  private static Given flag(String id, String choice) {
    return new Given(id, choice, "-a " + id + "=" + choice);
  }

  @Test
  void answersAreResolvedToChoiceIdsInTheOrderGiven() {
    AnswerCheck.Checked c = AnswerCheck.check(flow, List.of(List.of(flag("sitting-pain", "3"),
        flag("saddle-numbness", "NO"))));
    assertEquals(Map.of("sitting-pain", "not-sure", "saddle-numbness", "no"), c.answers());
    assertEquals(List.of("sitting-pain", "saddle-numbness"), List.copyOf(c.answers().keySet()));
    assertEquals(List.of(), c.problems());
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    AnswerCheck.Checked c = AnswerCheck.check(flow, List.of(List.of(
        flag("sitting-pian", "yes"),
        flag("sitting-pain", "maybe"),
        flag("zzz", "yes"),
        flag("nerve-pain", "yes"),
        flag("nerve-signs", "yes"),
        flag("nerve-signs", "1"),
        flag("nerve-signs", "no"))));
    assertEquals(List.of(
        "-a sitting-pian=yes: no question 'sitting-pian' in 'fixture'; did you mean 'sitting-pain'?",
        "-a sitting-pain=maybe: 'maybe' is not an answer to 'sitting-pain'; valid answers: yes, no, not-sure"
            + " (or 1 to 3)",
        "-a zzz=yes: no question 'zzz' in 'fixture'",
        "-a nerve-pain=yes: 'nerve-pain' is an outcome of 'fixture', not a question",
        "-a nerve-signs=no: 'nerve-signs' was already answered 'yes'; give each question one answer"),
        c.problems());
    assertEquals(Map.of("nerve-signs", "yes"), c.answers());
  }

  @Test
  void aLaterSourceReplacesAnAnswerOfAnEarlierOne() {
    Given fromFile = new Given("sitting-pain", "yes", "report.md:12:3");
    AnswerCheck.Checked c = AnswerCheck.check(flow, List.of(List.of(fromFile), List.of(flag("sitting-pain", "no"))));
    assertEquals(Map.of("sitting-pain", "no"), c.answers());
    assertEquals(List.of(), c.problems());
    assertEquals("-a sitting-pain=no", c.origins().get("sitting-pain").origin());
  }
}
