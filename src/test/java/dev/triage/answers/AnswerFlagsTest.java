package dev.triage.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.engine.WrittenAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerFlagsTest {
  @Test
  void eachFlagMayHoldSeveralAnswersSeparatedByCommas() {
    AnswerFlags.Parsed p = AnswerFlags.parse(List.of("a=yes", "b=2, c = not-sure"));
    assertEquals(
        List.of(
            new WrittenAnswer("a", "yes", "-a a=yes"),
            new WrittenAnswer("b", "2", "-a b=2"),
            new WrittenAnswer("c", "not-sure", "-a c=not-sure")),
        p.given());
    assertEquals(List.of(), p.problems());
  }

  @Test
  void anAnswerWithoutAnEqualsSignOrWithAnEmptySideIsMalformed() {
    AnswerFlags.Parsed p =
        AnswerFlags.parse(List.of("sitting-pain", "=yes", "nerve-signs=", "a=yes,,b=no"));
    assertEquals(
        List.of(
            "-a sitting-pain: expected ID=CHOICE, such as -a sitting-pain=yes",
            "-a =yes: expected ID=CHOICE, such as -a sitting-pain=yes",
            "-a nerve-signs=: expected ID=CHOICE, such as -a nerve-signs=yes",
            "-a 'a=yes,,b=no': expected ID=CHOICE, such as -a sitting-pain=yes"),
        p.problems());
    assertEquals(2, p.given().size());
  }
}
