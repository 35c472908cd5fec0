package dev.triage.validate;

import static dev.triage.validate.Fixtures.headlines;
import static dev.triage.validate.Fixtures.rendered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.diag.Diagnostic;
import dev.triage.model.Pos;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shape of the walk: no cycles, everything reachable, red flags first, red-flag outcomes of the
 * same tier.
 */
class GraphRulesTest {
  @Test
  void aCycleIsPrintedAndPointsAtTheEdgeThatClosesIt() {
    assertEquals(
        """
        cycle.yaml:40:15: error: cycle: sitting-pain -> shooting -> sitting-pain; every route must end at an outcome
                next: sitting-pain
                      ^""",
        rendered("cycle.yaml"));
  }

  @Test
  void aQuestionNothingLeadsToIsAnError() {
    assertEquals(
        List.of(
            "unreachable-question.yaml:35:5: error: question 'orphan' is never asked: no route from"
                + " 'saddle-numbness' leads to it"),
        headlines("unreachable-question.yaml"));
  }

  @Test
  void anOutcomeNothingLeadsToIsAWarning() {
    assertEquals(
        List.of(
            "unused-outcome.yaml:42:5: warning: outcome 'unused' is never reached: no route from"
                + " 'saddle-numbness' leads to it"),
        headlines("unused-outcome.yaml"));
  }

  @Test
  void aRouteThatSkipsARedFlagIsPrintedAtTheNoThatLeavesTheScreen() {
    assertEquals(
        """
        red-flag-skipped.yaml:22:9: error: outcome 'sit-bone' can be reached without asking red flag \
        'swollen-calf': saddle-numbness -> sitting-pain -> sit-bone (and so can 1 other outcome)
            no: sitting-pain
                ^
        red-flag-skipped.yaml:24:5: error: red flag 'swollen-calf' is never asked: no route from 'saddle-numbness' \
        leads to it
          - id: swollen-calf
            ^
        red-flag-skipped.yaml:50:5: warning: outcome 'urgent-today' is never reached: no route from \
        'saddle-numbness' leads to it
          - id: urgent-today
            ^""",
        rendered("red-flag-skipped.yaml"));
  }

  @Test
  void aRouteThatSkipsSeveralRedFlagsNamesThemAll() {
    assertEquals(
        List.of(
            "red-flags-skipped.yaml:21:9: error: outcome 'sit-bone' can be reached without asking red flags"
                + " 'swollen-calf' and 'pop-and-bruise': saddle-numbness -> sitting-pain -> sit-bone (and so can 1"
                + " other outcome)",
            "red-flags-skipped.yaml:23:5: error: red flag 'swollen-calf' is never asked: no route from"
                + " 'saddle-numbness' leads to it",
            "red-flags-skipped.yaml:29:5: error: red flag 'pop-and-bruise' is never asked: no route from"
                + " 'saddle-numbness' leads to it",
            "red-flags-skipped.yaml:55:5: warning: outcome 'urgent-today' is never reached: no route from"
                + " 'saddle-numbness' leads to it",
            "red-flags-skipped.yaml:61:5: warning: outcome 'see-doctor-soon' is never reached: no route from"
                + " 'saddle-numbness' leads to it"),
        headlines("red-flags-skipped.yaml"));
  }

  @Test
  void aRouteThatSkipsARedFlagThroughAnAnswerPointsAtThatAnswer() {
    assertEquals(
        """
        red-flag-skipped-by-answer.yaml:39:15: error: outcome 'strain' can be reached without asking red flag \
        'swollen-calf': saddle-numbness -> walking -> strain
                next: strain
                      ^""",
        rendered("red-flag-skipped-by-answer.yaml"));
  }

  @Test
  void aRedFlagMustEndAtAnOutcome() {
    assertEquals(
        List.of(
            "red-flag-outcome-question.yaml:20:14: error: outcome 'sitting-pain' is a question, not an outcome: a red"
                + " flag's \"yes\" must end the walk at an outcome",
            "red-flag-outcome-question.yaml:36:5: warning: outcome 'emergency-now' is never reached: no route from"
                + " 'saddle-numbness' leads to it"),
        headlines("red-flag-outcome-question.yaml"));
  }

  @Test
  void aRedFlagsOutcomeHasItsTier() {
    assertEquals(
        List.of(
            "red-flag-outcome-tier.yaml:20:14: error: outcome 'emergency-now' is urgent but red flag"
                + " 'saddle-numbness' is emergency: a red flag's outcome must have the same tier"),
        headlines("red-flag-outcome-tier.yaml"));
  }

  /**
   * The loader refuses a question without choices, so this rule is for questionnaires built in
   * code.
   */
  @Test
  void aQuestionWithoutChoicesIsADeadEnd() {
    Questionnaire chain = Chains.chain(2, "end");
    List<Question> questions = new ArrayList<>(chain.questions());
    Question last = questions.get(1);
    questions.set(
        1,
        new Question(
            last.id(),
            last.pos(),
            last.text(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            List.of()));
    Questionnaire deadEnd =
        new Questionnaire(
            1,
            "chain",
            "Chain",
            "1",
            "en",
            Optional.empty(),
            "Not a diagnosis.",
            chain.references(),
            chain.sources(),
            chain.redFlags(),
            chain.start(),
            questions,
            chain.outcomes());
    assertEquals(
        List.of(
            Diagnostic.error(
                "chain.yaml",
                new Pos(2, 5),
                "question 'q1' has no choices: give each answer a" + " choice with a next")),
        Validator.validate(deadEnd, "chain.yaml"));
  }
}
