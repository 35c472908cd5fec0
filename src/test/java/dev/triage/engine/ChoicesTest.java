package dev.triage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.model.Question;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChoicesTest {
  private final Question sitting = Fixtures.example().questions().get(0);

  private String pick(Question q, String input) {
    return Choices.resolve(q, input).map(Answer::choice).orElse("<rejected>");
  }

  @Test
  void aChoiceIsPickedByItsIdExactly() {
    assertEquals("yes", pick(sitting, "yes"));
    assertEquals("not-sure", pick(sitting, "not-sure"));
  }

  @Test
  void idsMatchInAnyLetterCaseAndSurroundingSpacesAreIgnored() {
    assertEquals("yes", pick(sitting, "YES"));
    assertEquals("no", pick(sitting, " No\t"));
    assertEquals("not-sure", pick(sitting, "Not-Sure"));
  }

  @Test
  void numbersCountFromOneWithNotSureLast() {
    assertEquals("yes", pick(sitting, "1"));
    assertEquals("no", pick(sitting, "2"));
    assertEquals("not-sure", pick(sitting, "3"));
    assertEquals(List.of(new AnswerOption(1, "yes", "Yes"), new AnswerOption(2, "no", "No"), new AnswerOption(3, "not-sure", "Not sure")),
        Choices.options(sitting));
  }

  @Test
  void numbersOutOfRangeAndOtherTextAreRejected() {
    for (String input : List.of("0", "4", "-1", "1.0", "y", "ye", "", "99999999999", "yes please")) {
      assertTrue(Choices.resolve(sitting, input).isEmpty(), input);
    }
  }

  @Test
  void anIdWinsOverANumberSoSavedAnswersNeverChangeMeaning() {
    Question q = Fixtures.question("q", Optional.empty(), Fixtures.choice("2", "a", null),
        Fixtures.choice("1", "b", null));
    assertEquals("2", pick(q, "2"));
    assertEquals("1", pick(q, "1"));
  }

  @Test
  void anExactIdWinsOverIdsDifferingOnlyInCase() {
    Question q = Fixtures.question("q", Optional.empty(), Fixtures.choice("a", "x", null),
        Fixtures.choice("A", "y", null));
    assertEquals("A", pick(q, "A"));
    assertEquals("<rejected>", pick(Fixtures.question("q", Optional.empty(), Fixtures.choice("ab", "x", null),
        Fixtures.choice("AB", "y", null)), "Ab"));
  }

  @Test
  void prefixesAreOfferedForCompletionButAreNotAnswers() {
    assertEquals(List.of("no", "not-sure"), Choices.startingWith(sitting, "N"));
    assertEquals(List.of("not-sure"), Choices.startingWith(sitting, "not"));
    assertEquals("<rejected>", pick(sitting, "not"));
  }
}
