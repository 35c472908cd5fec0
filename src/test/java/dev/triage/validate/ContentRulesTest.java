package dev.triage.validate;

import static dev.triage.validate.Fixtures.headlines;
import static dev.triage.validate.Fixtures.rendered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What elements say: complete outcomes, cited references, the screen's order, and no claim of a
 * diagnosis.
 */
class ContentRulesTest {
  @Test
  void aSelfCareOutcomeNeedsNextSteps() {
    assertEquals(
        List.of(
            "self-care-without-next-steps.yaml:42:5: error: self-care outcome 'strain' has no next-steps: say"
                + " what to do now, with amounts and durations"),
        headlines("self-care-without-next-steps.yaml"));
  }

  @Test
  void everyOutcomeNeedsSeekCare() {
    assertEquals(
        List.of(
            "outcome-without-seek-care.yaml:36:5: error: outcome 'emergency-now' has no seek-care: say when to"
                + " see whom, and how soon"),
        headlines("outcome-without-seek-care.yaml"));
  }

  @Test
  void redFlagsAndOutcomesCiteAReference() {
    assertEquals(
        List.of(
            "uncited.yaml:16:5: error: red flag 'saddle-numbness' cites no reference: add refs with at least one key",
            "uncited.yaml:42:5: error: outcome 'strain' cites no reference: add refs with at least one key"),
        headlines("uncited.yaml"));
  }

  @Test
  void noRedFlagScreenIsAWarningAboutTheWholeFile() {
    assertEquals(
        "triage: warning: no-red-flags.yaml: no red-flag screen: add red-flags so signs that need urgent care are"
            + " asked about before anything else",
        rendered("no-red-flags.yaml"));
  }

  @Test
  void redFlagsOutOfTierOrder() {
    assertEquals(
        List.of(
            "red-flags-out-of-order.yaml:22:5: warning: red flag 'saddle-numbness' is emergency but comes after"
                + " 'swollen-calf', which is urgent: list emergency flags first, then urgent, then soon, since a \"yes\""
                + " ends the screen"),
        headlines("red-flags-out-of-order.yaml"));
  }

  @Test
  void aRedFlagThatTakesNotSureAsNo() {
    assertEquals(
        """
        red-flag-not-sure-as-no.yaml:22:7: warning: red flag 'saddle-numbness' treats "not sure" as "no", so a \
        person unsure of a warning sign is screened out; treat it as yes
              treat-as: no
              ^""",
        rendered("red-flag-not-sure-as-no.yaml"));
  }

  @Test
  void wordingThatClaimsADiagnosis() {
    assertEquals(
        List.of(
            "diagnosis-wording.yaml:42:5: warning: the title of outcome 'strain' claims a diagnosis (\"you have\"):"
                + " phrase it as a likely source",
            "diagnosis-wording.yaml:42:5: warning: the summary of outcome 'strain' claims a diagnosis"
                + " (\"diagnosis\"): phrase it as a likely source"),
        headlines("diagnosis-wording.yaml"));
  }

  @Test
  void aQuestionWithASingleChoice() {
    assertEquals(
        List.of(
            "single-choice.yaml:24:5: warning: question 'sitting-pain' has a single choice: offer at least two,"
                + " or lead straight to its next"),
        headlines("single-choice.yaml"));
  }

  @Test
  void alsoConsiderRepeatingTheOwnSource() {
    assertEquals(
        List.of(
            "also-consider-own-source.yaml:45:21: warning: also-consider repeats the outcome's own source"
                + " 'hamstring': remove it"),
        headlines("also-consider-own-source.yaml"));
  }

  @Test
  void theBundledQuestionnairesAreClean() {
    for (String name : List.of("example.yaml", "posterior-thigh.yaml")) {
      CheckedFile checked = CheckedFile.check(java.nio.file.Path.of("questionnaires", name), name);
      assertEquals(List.of(), checked.diagnostics(), name);
    }
  }
}
