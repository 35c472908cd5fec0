package dev.triage.validate;

import static dev.triage.validate.Fixtures.headlines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.diag.Diagnostic;
import dev.triage.model.Questionnaire;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Minimum evidence for self-care: no route of "no" and "not sure" answers alone may end at a likely
 * source.
 */
class MinimumEvidenceTest {
  private static final String ADVICE =
      "; send such a route to an outcome that is not self-care, or ask there a"
          + " question whose answer supports this one";

  @Test
  void eachSelfCareOutcomeReachedWithoutEvidenceIsReportedWithItsShortestSuchRoute() {
    assertEquals(
        List.of(
            "self-care-without-evidence.yaml:59:5: warning: self-care outcome 'nerve' can be reached with no answer"
                + " that gives evidence for it (no choice with a reason; \"not sure\" never counts): the red-flag"
                + " screen (1 red flag, none answered yes), then nerve-signs=not-sure -> nerve"
                + ADVICE,
            "self-care-without-evidence.yaml:67:5: warning: self-care outcome 'strain' can be reached with no answer"
                + " that gives evidence for it (no choice with a reason; \"not sure\" never counts): the red-flag"
                + " screen (1 red flag, none answered yes), then nerve-signs=no -> sudden=no -> strain"
                + ADVICE),
        headlines("self-care-without-evidence.yaml"));
  }

  @Test
  void aRouteThroughAChoiceWithAReasonIsEvidenceEvenWhenItGoesOnToAnswersWithout() {
    // example.yaml: sitting at the sit bone (a reason), then "no" to nerve signs and sudden onset:
    // no warning.
    assertEquals(
        List.of(),
        CheckedFile.check(java.nio.file.Path.of("questionnaires/example.yaml"), "example.yaml")
            .diagnostics());
  }

  @Test
  void aQuestionnaireWhoseChoicesGiveNoReasonsIsCheckedToo() {
    // Until review 2 the rule skipped such files; a self-care outcome no answer supports is
    // reported in every file.
    assertEquals(
        List.of(
            "no-reasons.yaml:40:5: warning: self-care outcome 'strain' can be reached with no answer that gives"
                + " evidence for it (no choice with a reason; \"not sure\" never counts): the red-flag screen (1 red flag,"
                + " none answered yes), then sitting-pain=yes -> strain"
                + ADVICE),
        headlines("no-reasons.yaml"));
  }

  @Test
  void aRouteAHundredThousandAnswersLongPrintsOnlyItsEnds() {
    int length = 100_000;
    Questionnaire withoutReasons = Chains.chain(length, "end", "now", false);
    assertEquals(
        List.of(
            "chain.yaml: warning: self-care outcome 'end' can be reached with no answer that gives evidence for"
                + " it (no choice with a reason; \"not sure\" never counts): the red-flag screen (1 red flag, none"
                + " answered yes), then q0=a -> q1=a -> q2=a -> q3=a -> q4=a -> q5=a -> q6=a -> q7=a -> ... (99985"
                + " more) ... -> q99993=a -> q99994=a -> q99995=a -> q99996=a -> q99997=a -> q99998=a -> q99999=a ->"
                + " end"
                + ADVICE),
        Validator.validate(withoutReasons, "chain.yaml").stream()
            .map(Diagnostic::headline)
            .toList());
  }
}
