package dev.triage.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.bench.ScaleQuestionnaire;
import dev.triage.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sizes no fixture reaches: every rule must work without recursion and print bounded messages. */
class DeepQuestionnaireTest {
  private static final int LENGTH = 100_000;

  @Test
  void aChainOfAHundredThousandQuestionsValidatesWithoutOverflowingTheStack() {
    assertEquals(List.of(), Validator.validate(Chains.chain(LENGTH, "end"), "chain.yaml"));
  }

  @Test
  void aCycleAHundredThousandLongPrintsOnlyItsEnds() {
    List<Diagnostic> found = Validator.validate(Chains.chain(LENGTH, "q0"), "chain.yaml");
    assertEquals(
        List.of(
            "chain.yaml:100000:9: error: cycle: q0 -> q1 -> q2 -> q3 -> q4 -> q5 -> q6 -> q7 -> ... (99985 more)"
                + " ... -> q99993 -> q99994 -> q99995 -> q99996 -> q99997 -> q99998 -> q99999 -> q0; every route must end"
                + " at an outcome"),
        found.stream().map(Diagnostic::headline).toList());
  }

  @Test
  void nearMissSuggestionsStopAfterTheBudgetSoManyTyposStayLinear() {
    List<Diagnostic> found = Validator.validate(Chains.chain(1_000, "end", "ned"), "chain.yaml");
    assertEquals(1_000, found.size());
    assertEquals(
        "chain.yaml:1:9: error: next 'ned' is not the id of any red flag, question or outcome (did you mean 'end'?)",
        found.get(0).headline());
    assertEquals(
        Suggestions.BUDGET,
        found.stream().filter(d -> d.message().contains("did you mean")).count());
  }

  @Test
  void theGeneratedBenchmarkQuestionnaireIsClean() {
    assertEquals(
        List.of(), Validator.validate(ScaleQuestionnaire.generate(10_000, 1), "scale.yaml"));
  }
}
