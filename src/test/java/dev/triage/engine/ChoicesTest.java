package dev.triage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.model.NotSure;
import dev.triage.model.Pos;
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
    assertEquals(
        List.of(
            new AnswerOption(1, "yes", "Yes"),
            new AnswerOption(2, "no", "No"),
            new AnswerOption(3, "not-sure", "Not sure")),
        Choices.options(sitting));
  }

  @Test
  void numbersOutOfRangeAndOtherTextAreRejected() {
    for (String input :
        List.of("0", "4", "-1", "1.0", "y", "ye", "", "99999999999", "yes please")) {
      assertTrue(Choices.resolve(sitting, input).isEmpty(), input);
    }
  }

  @Test
  void anIdWinsOverANumberSoSavedAnswersNeverChangeMeaning() {
    Question q =
        Fixtures.question(
            "q",
            Optional.empty(),
            Fixtures.choice("2", "a", null),
            Fixtures.choice("1", "b", null));
    assertEquals("2", pick(q, "2"));
    assertEquals("1", pick(q, "1"));
  }

  @Test
  void anExactIdWinsOverIdsDifferingOnlyInCase() {
    Question q =
        Fixtures.question(
            "q",
            Optional.empty(),
            Fixtures.choice("a", "x", null),
            Fixtures.choice("A", "y", null));
    assertEquals("A", pick(q, "A"));
    assertEquals(
        "<rejected>",
        pick(
            Fixtures.question(
                "q",
                Optional.empty(),
                Fixtures.choice("ab", "x", null),
                Fixtures.choice("AB", "y", null)),
            "Ab"));
  }

  @Test
  void prefixesAreOfferedForCompletionButAreNotAnswers() {
    assertEquals(List.of("no", "not-sure"), Choices.startingWith(sitting, "N"));
    assertEquals(List.of("not-sure"), Choices.startingWith(sitting, "not"));
    assertEquals("<rejected>", pick(sitting, "not"));
  }

  /**
   * A "not sure" that leads nowhere (treated as a choice that does not exist) is for the validator
   * to report; until then every other answer resolves, and only picking it fails, saying why.
   */
  @Test
  void aNotSureThatLeadsNowhereFailsOnlyWhenPicked() {
    NotSure nowhere =
        new NotSure(
            Pos.NONE, "Not sure", Optional.of("perhaps"), Optional.empty(), Optional.empty());
    Question q =
        Fixtures.question(
            "q",
            Optional.of(nowhere),
            Fixtures.choice("yes", "a", null),
            Fixtures.choice("no", "b", null));
    Choices choices = Choices.of(q);
    assertEquals("no", choices.resolve("2").orElseThrow().choice());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> choices.resolve("not-sure"));
    assertEquals("'not sure' of 'q' leads nowhere", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> choices.resolve("3"));
  }

  /** Review 7 (R7-1, R7-2): a checklist written one item a line reads as one sentence. */
  @Test
  void aRedFlagsNotSureReasonJoinsAChecklistIntoOneLineAndSaysWhyItCountsAsYes() {
    assertEquals(
        "You were not sure, so to be safe this counts as yes: Do you have any of these? new numbness"
            + " between your legs; new trouble passing urine",
        Choices.notSureCountsAsYes(
            "Do you have any of these?\n- new numbness\n  between your legs\n- new trouble passing urine\n"));
    assertEquals(
        "You were not sure, so to be safe this counts as yes: Is one calf swollen?",
        Choices.notSureCountsAsYes("Is one calf swollen?"));
  }
}
