package dev.triage.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.engine.Answer;
import dev.triage.engine.Fixtures;
import dev.triage.engine.Flow;
import dev.triage.model.Pos;
import dev.triage.model.Tier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseRunnerTest {
  private static final Flow FLOW = Flow.of(Fixtures.example());
  private final Flow flow = FLOW;
  private static final Map<String, String> NO_FLAGS =
      Map.of("saddle-numbness", "no", "swollen-calf", "no", "pop-and-bruise", "no");

  private static Map<String, Answer> answers(Map<String, String> written) {
    return Fixtures.answers(FLOW, written);
  }

  private static Case testCase(
      String name, Map<String, String> answers, String outcome, Tier tier) {
    Map<String, Pos> pos = new java.util.HashMap<>();
    answers.keySet().forEach(k -> pos.put(k, new Pos(7, 9)));
    return new Case(name, new Pos(5, 5), answers(answers), pos, outcome, Optional.ofNullable(tier));
  }

  private static Case expecting(
      String name,
      Map<String, String> answers,
      String outcome,
      List<String> notAsked,
      List<String> reasonsInclude) {
    Map<String, Pos> pos = new java.util.HashMap<>();
    answers.keySet().forEach(k -> pos.put(k, new Pos(7, 9)));
    return new Case(
        name,
        new Pos(5, 5),
        answers(answers),
        pos,
        outcome,
        Optional.empty(),
        notAsked,
        reasonsInclude);
  }

  @Test
  void aCaseReachingItsExpectedOutcomePasses() {
    CaseRunner.Verdict v =
        CaseRunner.run(
            flow,
            Map.of(),
            testCase("Saddle", Map.of("saddle-numbness", "yes"), "emergency-now", Tier.EMERGENCY),
            "c.yaml");
    assertTrue(v.passed());
    assertEquals(Optional.of("emergency-now"), v.reached());
  }

  @Test
  void aWrongOutcomeFailsWithExpectedActualAndThePath() {
    CaseRunner.Verdict v =
        CaseRunner.run(
            flow,
            answers(NO_FLAGS),
            testCase(
                "Nerve",
                Map.of("sitting-pain", "not-sure", "nerve-signs", "no", "sudden-onset", "yes"),
                "nerve-pain",
                null),
            "c.yaml");
    assertEquals(
        Optional.of(
            "FAIL Nerve: expected nerve-pain, got hamstring-strain; path: saddle-numbness=no, "
                + "swollen-calf=no, pop-and-bruise=no, sitting-pain=not-sure (as no), nerve-signs=no, sudden-onset=yes "
                + "-> hamstring-strain"),
        v.failure());
  }

  @Test
  void aWrongTierFailsEvenWhenTheOutcomeMatches() {
    CaseRunner.Verdict v =
        CaseRunner.run(
            flow,
            Map.of(),
            testCase("Tier", Map.of("saddle-numbness", "yes"), "emergency-now", Tier.URGENT),
            "c.yaml");
    assertEquals(
        Optional.of(
            "FAIL Tier: expected emergency-now (urgent), got emergency-now (emergency); path: "
                + "saddle-numbness=yes -> emergency-now"),
        v.failure());
  }

  @Test
  void aCaseLackingAnAnswerOnItsPathFailsNamingIt() {
    CaseRunner.Verdict v =
        CaseRunner.run(
            flow,
            answers(NO_FLAGS),
            testCase("Short", Map.of("sitting-pain", "yes"), "sit-bone", null),
            "c.yaml");
    assertEquals(
        Optional.of(
            "FAIL Short: needs an answer to 'nerve-signs'; path: saddle-numbness=no, "
                + "swollen-calf=no, pop-and-bruise=no, sitting-pain=yes -> nerve-signs?"),
        v.failure());
  }

  @Test
  void anOwnAnswerNeverReachedIsAWarningButADefaultOneIsNot() {
    CaseRunner.Verdict v =
        CaseRunner.run(
            flow,
            answers(Map.of("sitting-pain", "no")),
            testCase(
                "Flag",
                Map.of("saddle-numbness", "yes", "nerve-signs", "no"),
                "emergency-now",
                null),
            "c.yaml");
    assertTrue(v.passed());
    assertEquals(
        List.of("c.yaml:7:9: warning: case 'Flag': this answer is never reached: nerve-signs"),
        v.warnings());
  }

  @Test
  void aCaseAnswerReplacesTheDefault() {
    CaseRunner.Verdict v =
        CaseRunner.run(
            flow,
            answers(NO_FLAGS),
            testCase("Calf", Map.of("swollen-calf", "yes"), "urgent-today", null),
            "c.yaml");
    assertTrue(v.passed(), v.failure().orElse(""));
  }

  @Test
  void outcomesNoCaseReachesAreListedInTheOrderWritten() {
    CaseRunner.Run run =
        CaseRunner.run(
            flow,
            new CaseFile.Suite(
                answers(NO_FLAGS),
                List.of(
                    testCase("a", Map.of("saddle-numbness", "yes"), "emergency-now", null),
                    testCase(
                        "b",
                        Map.of("sitting-pain", "yes", "nerve-signs", "yes"),
                        "sit-bone",
                        null))),
            "c.yaml");
    assertEquals(1, run.passed());
    assertEquals(1, run.failed());
    assertEquals(
        List.of("urgent-today", "see-doctor-soon", "hamstring-strain", "sit-bone"),
        run.unreached());
  }

  @Test
  void aNotAskedQuestionTheWalkNeverAsksPassesAndItsOwnAnswerRaisesNoWarning() {
    CaseRunner.Verdict v =
        CaseRunner.run(
            flow,
            answers(NO_FLAGS),
            expecting(
                "Calf first",
                Map.of("swollen-calf", "yes", "sitting-pain", "yes", "nerve-signs", "no"),
                "urgent-today",
                List.of("sitting-pain"),
                List.of()),
            "c.yaml");
    assertTrue(v.passed(), v.failure().orElse(""));
    assertEquals(
        List.of(
            "c.yaml:7:9: warning: case 'Calf first': this answer is never reached: nerve-signs"),
        v.warnings());
  }

  @Test
  void aNotAskedQuestionTheWalkAsksFailsTheCaseNamingIt() {
    CaseRunner.Verdict v =
        CaseRunner.run(
            flow,
            answers(NO_FLAGS),
            expecting(
                "Asked",
                Map.of("sitting-pain", "yes", "nerve-signs", "yes"),
                "nerve-pain",
                List.of("pop-and-bruise", "swollen-calf", "sudden-onset"),
                List.of()),
            "c.yaml");
    assertEquals(
        Optional.of(
            "FAIL Asked: asked 'pop-and-bruise', 'swollen-calf', expected not to be; path:"
                + " saddle-numbness=no, swollen-calf=no, pop-and-bruise=no, sitting-pain=yes, nerve-signs=yes -> nerve-pain"),
        v.failure());
    assertEquals(Optional.of("nerve-pain"), v.reached(), "the outcome still counts for coverage");
  }

  @Test
  void aNotAskedQuestionWhereTheWalkStopsShortIsAskedToo() {
    CaseRunner.Verdict v =
        CaseRunner.run(
            flow,
            answers(NO_FLAGS),
            expecting(
                "Short",
                Map.of("sitting-pain", "yes"),
                "sit-bone",
                List.of("nerve-signs"),
                List.of()),
            "c.yaml");
    assertEquals(
        Optional.of(
            "FAIL Short: needs an answer to 'nerve-signs'; asked 'nerve-signs', expected not to be;"
                + " path: saddle-numbness=no, swollen-calf=no, pop-and-bruise=no, sitting-pain=yes -> nerve-signs?"),
        v.failure());
  }

  @Test
  void reasonsIncludeMatchesAPieceOfAnyReasonIgnoringCase() {
    CaseRunner.Verdict v =
        CaseRunner.run(
            flow,
            answers(NO_FLAGS),
            expecting(
                "Nerve",
                Map.of("sitting-pain", "yes", "nerve-signs", "yes"),
                "nerve-pain",
                List.of(),
                List.of("SITTING hurts", "outrank muscle")),
            "c.yaml");
    assertTrue(v.passed(), v.failure().orElse(""));
  }

  @Test
  void reasonsIncludeFailsListingThePiecesNoReasonHasAndTheReasons() {
    CaseRunner.Verdict v =
        CaseRunner.run(
            flow,
            answers(NO_FLAGS),
            expecting(
                "Nerve",
                Map.of("sitting-pain", "yes", "nerve-signs", "yes"),
                "nerve-pain",
                List.of(),
                List.of("nerve signs", "call 999", "sitting hurts badly")),
            "c.yaml");
    assertEquals(
        Optional.of(
            "FAIL Nerve: no reason includes 'call 999' or 'sitting hurts badly' (reasons:"
                + " 'Sitting hurts.' | 'Nerve signs.' | 'Nerve symptoms outrank muscle explanations.'); path:"
                + " saddle-numbness=no, swollen-calf=no, pop-and-bruise=no, sitting-pain=yes, nerve-signs=yes -> nerve-pain"),
        v.failure());
  }

  @Test
  void aRedFlagWithoutItsOwnReasonGivesTheQuestionAsTheReason() {
    CaseRunner.Verdict v =
        CaseRunner.run(
            flow,
            Map.of(),
            expecting(
                "Pop",
                Map.of("saddle-numbness", "no", "swollen-calf", "no", "pop-and-bruise", "yes"),
                "see-doctor-soon",
                List.of(),
                List.of("bruising")),
            "c.yaml");
    assertEquals(
        Optional.of(
            "FAIL Pop: no reason includes 'bruising' (reasons: 'You answered yes to: Text of"
                + " pop-and-bruise?'); path: saddle-numbness=no, swollen-calf=no, pop-and-bruise=yes -> see-doctor-soon"),
        v.failure());
  }

  @Test
  void aWalkWithoutReasonsSaysSo() {
    CaseRunner.Verdict v =
        CaseRunner.run(
            flow,
            answers(NO_FLAGS),
            expecting(
                "Plain",
                Map.of(
                    "sitting-pain",
                    "no",
                    "nerve-signs",
                    "no",
                    "sudden-onset",
                    "no",
                    "sit-bone-check",
                    "no"),
                "hamstring-strain",
                List.of(),
                List.of("strain")),
            "c.yaml");
    assertEquals(
        Optional.of(
            "FAIL Plain: no reason includes 'strain' (reasons: none); path: saddle-numbness=no,"
                + " swollen-calf=no, pop-and-bruise=no, sitting-pain=no, nerve-signs=no, sudden-onset=no, sit-bone-check=no"
                + " -> hamstring-strain"),
        v.failure());
  }

  @Test
  void everyProblemOfACaseIsOnItsOneLine() {
    CaseRunner.Verdict v =
        CaseRunner.run(
            flow,
            answers(NO_FLAGS),
            expecting(
                "All",
                Map.of("swollen-calf", "yes"),
                "emergency-now",
                List.of("swollen-calf"),
                List.of("clot")),
            "c.yaml");
    assertEquals(
        Optional.of(
            "FAIL All: expected emergency-now, got urgent-today; asked 'swollen-calf', expected not"
                + " to be; no reason includes 'clot' (reasons: 'Calf is swollen.'); path: saddle-numbness=no,"
                + " swollen-calf=yes -> urgent-today"),
        v.failure());
  }
}
