package dev.triage.validate;

import static dev.triage.validate.Fixtures.headlines;
import static dev.triage.validate.Fixtures.rendered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids are unique in their namespaces, and every reference names something that exists. */
class IdsAndReferencesTest {
  @Test
  void theBaseFixtureIsClean() {
    assertEquals(List.of(), headlines("valid.yaml"));
  }

  @Test
  void aRepeatedIdIsReportedAtTheRepeatNamingTheFirstsLine() {
    assertEquals(
        """
        duplicate-id.yaml:42:5: error: id 'sitting-pain' is already used by the question on line 24; ids of red flags, \
        questions and outcomes must be unique
          - id: sitting-pain
            ^""",
        rendered("duplicate-id.yaml"));
  }

  @Test
  void aRepeatedSourceId() {
    assertEquals(
        List.of(
            "duplicate-source-id.yaml:15:5: error: source id 'hamstring' is already used on line 12; source ids"
                + " must be unique"),
        headlines("duplicate-source-id.yaml"));
  }

  @Test
  void aRepeatedReferenceKey() {
    assertEquals(
        List.of(
            "duplicate-reference-key.yaml:11:5: error: reference key 'nice-ng59' is already used on line 9;"
                + " reference keys must be unique"),
        headlines("duplicate-reference-key.yaml"));
  }

  @Test
  void aRepeatedChoiceIdWithinAQuestion() {
    assertEquals(
        List.of(
            "duplicate-choice-id.yaml:31:9: error: choice id 'yes' is already used on line 27 in question"
                + " 'sitting-pain'; choice ids must be unique within a question"),
        headlines("duplicate-choice-id.yaml"));
  }

  @Test
  void anUnknownNextSuggestsTheNearestIdAndOnlyANearOne() {
    assertEquals(
        """
        unknown-next.yaml:29:15: error: next 'strian' is not the id of any red flag, question or outcome (did you \
        mean 'strain'?)
                next: strian
                      ^
        unknown-next.yaml:36:13: error: next 'elsewhere' is not the id of any red flag, question or outcome
              next: elsewhere
                    ^""",
        rendered("unknown-next.yaml"));
  }

  @Test
  void anUnknownStart() {
    assertEquals(
        List.of(
            "unknown-start.yaml:23:8: error: start 'siting-pain' is not the id of any red flag, question or"
                + " outcome (did you mean 'sitting-pain'?)"),
        headlines("unknown-start.yaml"));
  }

  @Test
  void startMustNameAQuestion() {
    assertEquals(
        List.of(
            "start-not-a-question.yaml:22:8: error: start 'strain' is an outcome, not a question: start names the"
                + " first symptom question",
            "start-not-a-question.yaml:24:5: error: question 'sitting-pain' is never asked: no route from"
                + " 'saddle-numbness' leads to it",
            // True as well: with no question asked, nothing supports the self-care outcome the
            // screen ends at.
            "start-not-a-question.yaml:42:5: warning: self-care outcome 'strain' can be reached with no answer that"
                + " gives evidence for it (no choice with a reason; \"not sure\" never counts): the red-flag screen (1"
                + " red flag, none answered yes), then strain; send such a route to an outcome that is not self-care,"
                + " or ask there a question whose answer supports this one"),
        headlines("start-not-a-question.yaml"));
  }

  @Test
  void anUnknownExplicitNoAndWhatItLeavesUnreachable() {
    assertEquals(
        List.of(
            "unknown-no.yaml:21:9: error: no 'sitting-pian' is not the id of any red flag, question or outcome (did"
                + " you mean 'sitting-pain'?)",
            "unknown-no.yaml:25:5: error: question 'sitting-pain' is never asked: no route from 'saddle-numbness'"
                + " leads to it",
            "unknown-no.yaml:43:5: warning: outcome 'strain' is never reached: no route from 'saddle-numbness' leads"
                + " to it"),
        headlines("unknown-no.yaml"));
  }

  @Test
  void anUnknownRedFlagOutcomeSuggestsAnOutcome() {
    assertEquals(
        List.of(
            "unknown-red-flag-outcome.yaml:20:14: error: outcome 'emergency-nw' is not the id of any outcome (did you"
                + " mean 'emergency-now'?)",
            "unknown-red-flag-outcome.yaml:36:5: warning: outcome 'emergency-now' is never reached: no route from"
                + " 'saddle-numbness' leads to it"),
        headlines("unknown-red-flag-outcome.yaml"));
  }

  @Test
  void treatAsMustBeAChoiceOfTheSameQuestion() {
    assertEquals(
        List.of(
            "unknown-treat-as.yaml:36:7: error: treat-as 'yse' is not a choice of question 'sitting-pain' (did you"
                + " mean 'yes'?)",
            "unknown-treat-as.yaml:47:7: error: treat-as 'maybe' is not a choice of question 'second' (its choices"
                + " are 'yes', 'no')"),
        headlines("unknown-treat-as.yaml"));
  }

  @Test
  void sourceAndAlsoConsiderMustNameSources() {
    assertEquals(
        List.of(
            "unknown-source.yaml:12:5: warning: source 'hamstring' is not named by any outcome",
            "unknown-source.yaml:44:13: error: source 'hamstrung' is not the id of any source (did you mean"
                + " 'hamstring'?)",
            "unknown-source.yaml:45:21: error: also-consider 'sciatic-nerve' is not the id of any source"),
        headlines("unknown-source.yaml"));
  }

  @Test
  void refsMustNameReferenceKeys() {
    assertEquals(
        """
        unknown-refs.yaml:21:12: error: refs 'nice-ng95' is not the key of any reference (did you mean 'nice-ng59'?)
            refs: [nice-ng95]
                   ^""",
        rendered("unknown-refs.yaml"));
  }

  @Test
  void anUnusedReferenceIsAWarning() {
    assertEquals(
        List.of(
            "unused-reference.yaml:11:5: warning: reference 'goom-2016' is not cited by any refs list"),
        headlines("unused-reference.yaml"));
  }

  @Test
  void anUnusedSourceIsAWarning() {
    assertEquals(
        List.of("unused-source.yaml:15:5: warning: source 'glutes' is not named by any outcome"),
        headlines("unused-source.yaml"));
  }
}
