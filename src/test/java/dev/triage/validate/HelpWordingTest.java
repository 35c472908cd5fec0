package dev.triage.validate;

import static dev.triage.validate.Fixtures.headlines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Help explains why we ask; an instruction that changes the answer belongs in the note, which is
 * always shown.
 */
class HelpWordingTest {
  private static final String MOVE =
      "...\"); help is shown only when asked for, so move that sentence to 'note',"
          + " which is always shown";

  @Test
  void helpThatTellsHowToAnswerIsAWarningAndANoteIsNot() {
    assertEquals(
        List.of(
            "help-tells-how-to-answer.yaml:16:5: warning: the help of red flag 'saddle-numbness' tells the person how"
                + " to answer (\"If you are not sure"
                + MOVE,
            "help-tells-how-to-answer.yaml:40:5: warning: the help of question 'stretching' tells the person how to"
                + " answer (\"Answer"
                + MOVE),
        headlines("help-tells-how-to-answer.yaml"));
  }

  @Test
  void anInstructionIsFoundAtTheStartOfAnySentence() {
    assertEquals(
        Optional.of("Answer"), HelpWording.instruction("Answer no if you have not tried it."));
    assertEquals(
        Optional.of("If you cannot tell"),
        HelpWording.instruction("These come from a nerve. If you cannot tell, choose the test."));
    assertEquals(
        Optional.of("answer"),
        HelpWording.instruction("A bruise can darken the skin: answer \"not sure\" if unsure."));
    assertEquals(
        Optional.of("Choose"),
        HelpWording.instruction("It helps. (Choose the first if both fit.)"));
  }

  @Test
  void theWordAnswerInsideASentenceIsNoInstruction() {
    assertEquals(
        Optional.empty(),
        HelpWording.instruction("Your answer helps tell the sit bone from the muscle."));
    assertEquals(
        Optional.empty(), HelpWording.instruction("Whatever you answer, the screen comes first."));
  }
}
