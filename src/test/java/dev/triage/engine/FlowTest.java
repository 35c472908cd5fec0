package dev.triage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.triage.model.Outcome;
import dev.triage.model.Question;
import dev.triage.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlowTest {
  @Test
  void remainingCountsTheLongestWayToAnOutcome() {
    Flow flow = Flow.of(Fixtures.example());
    assertEquals(7, flow.remainingAtMost("saddle-numbness"));
    assertEquals(4, flow.remainingAtMost("sitting-pain"));
    assertEquals(2, flow.remainingAtMost("sudden-onset"));
    assertEquals(1, flow.remainingAtMost("sit-bone-check"));
    assertEquals(0, flow.remainingAtMost("sit-bone"));
  }

  @Test
  void aDeepChainIsComputedWithoutRecursion() {
    List<Question> chain = new ArrayList<>();
    int depth = 50_000;
    for (int i = 0; i < depth; i++) {
      String next = i + 1 < depth ? "q" + (i + 1) : "end";
      chain.add(
          Fixtures.question(
              "q" + i,
              Optional.empty(),
              Fixtures.choice("yes", next, null),
              Fixtures.choice("no", "end", null)));
    }
    Outcome end = Fixtures.outcome("end", Tier.SELF_CARE, null, List.of(), List.of());
    Flow flow = Flow.of(Fixtures.of(List.of(), "q0", chain, List.of(end)));
    assertEquals(depth, flow.remainingAtMost("q0"));
    assertEquals(1, flow.remainingAtMost("q" + (depth - 1)));
  }

  @Test
  void aCycleIsRefused() {
    Question a = Fixtures.question("a", Optional.empty(), Fixtures.choice("yes", "b", null));
    Question b = Fixtures.question("b", Optional.empty(), Fixtures.choice("yes", "a", null));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Flow.of(Fixtures.of(List.of(), "a", List.of(a, b), List.of())));
    assertEquals("'a' can be reached again from 'b' (a cycle)", e.getMessage());
  }

  @Test
  void aDanglingNextIsRefused() {
    Question a = Fixtures.question("a", Optional.empty(), Fixtures.choice("yes", "nowhere", null));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Flow.of(Fixtures.of(List.of(), "a", List.of(a), List.of())));
    assertEquals("'a' leads to 'nowhere', which does not exist", e.getMessage());
  }
}
