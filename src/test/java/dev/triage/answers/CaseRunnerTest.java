package dev.triage.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.engine.Fixtures;
import dev.triage.engine.Flow;
import dev.triage.model.Pos;
import dev.triage.model.Tier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseRunnerTest {
  private final Flow flow = Flow.of(Fixtures.example());
  private static final Map<String, String> NO_FLAGS =
      Map.of("saddle-numbness", "no", "swollen-calf", "no", "pop-and-bruise", "no");

  private static TestCase testCase(String name, Map<String, String> answers, String outcome, Tier tier) {
    Map<String, Pos> pos = new java.util.HashMap<>();
    answers.keySet().forEach(k -> pos.put(k, new Pos(7, 9)));
    return new TestCase(name, new Pos(5, 5), answers, pos, outcome, Optional.ofNullable(tier));
  }

  @Test
  void aCaseReachingItsExpectedOutcomePasses() {
    CaseRunner.Verdict v = CaseRunner.run(flow, Map.of(), testCase("Saddle", Map.of("saddle-numbness", "yes"),
        "emergency-now", Tier.EMERGENCY), "c.yaml");
    assertTrue(v.passed());
    assertEquals(Optional.of("emergency-now"), v.reached());
  }

  @Test
  void aWrongOutcomeFailsWithExpectedActualAndThePath() {
    CaseRunner.Verdict v = CaseRunner.run(flow, NO_FLAGS, testCase("Nerve", Map.of("sitting-pain", "not-sure",
        "nerve-signs", "no", "sudden-onset", "yes"), "nerve-pain", null), "c.yaml");
    assertEquals(Optional.of("FAIL Nerve: expected nerve-pain, got hamstring-strain; path: saddle-numbness=no, "
        + "swollen-calf=no, pop-and-bruise=no, sitting-pain=not-sure (as no), nerve-signs=no, sudden-onset=yes "
        + "-> hamstring-strain"), v.failure());
  }

  @Test
  void aWrongTierFailsEvenWhenTheOutcomeMatches() {
    CaseRunner.Verdict v = CaseRunner.run(flow, Map.of(), testCase("Tier", Map.of("saddle-numbness", "yes"),
        "emergency-now", Tier.URGENT), "c.yaml");
    assertEquals(Optional.of("FAIL Tier: expected emergency-now (urgent), got emergency-now (emergency); path: "
        + "saddle-numbness=yes -> emergency-now"), v.failure());
  }

  @Test
  void aCaseLackingAnAnswerOnItsPathFailsNamingIt() {
    CaseRunner.Verdict v = CaseRunner.run(flow, NO_FLAGS, testCase("Short", Map.of("sitting-pain", "yes"),
        "sit-bone", null), "c.yaml");
    assertEquals(Optional.of("FAIL Short: needs an answer to 'nerve-signs'; path: saddle-numbness=no, "
        + "swollen-calf=no, pop-and-bruise=no, sitting-pain=yes -> nerve-signs?"), v.failure());
  }

  @Test
  void anOwnAnswerNeverReachedIsAWarningButADefaultOneIsNot() {
    CaseRunner.Verdict v = CaseRunner.run(flow, Map.of("sitting-pain", "no"), testCase("Flag",
        Map.of("saddle-numbness", "yes", "nerve-signs", "no"), "emergency-now", null), "c.yaml");
    assertTrue(v.passed());
    assertEquals(List.of("c.yaml:7:9: warning: case 'Flag': this answer is never reached: nerve-signs"),
        v.warnings());
  }

  @Test
  void aCaseAnswerReplacesTheDefault() {
    CaseRunner.Verdict v = CaseRunner.run(flow, NO_FLAGS, testCase("Calf", Map.of("swollen-calf", "yes"),
        "urgent-today", null), "c.yaml");
    assertTrue(v.passed(), v.failure().orElse(""));
  }

  @Test
  void outcomesNoCaseReachesAreListedInTheOrderWritten() {
    CaseRunner.Run run = CaseRunner.run(flow, NO_FLAGS, List.of(
        testCase("a", Map.of("saddle-numbness", "yes"), "emergency-now", null),
        testCase("b", Map.of("sitting-pain", "yes", "nerve-signs", "yes"), "sit-bone", null)), "c.yaml");
    assertEquals(1, run.passed());
    assertEquals(1, run.failed());
    assertEquals(List.of("urgent-today", "see-doctor-soon", "hamstring-strain", "sit-bone"), run.unreached());
  }
}
