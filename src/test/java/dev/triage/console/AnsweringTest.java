package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What a person can type at a question: answers in three forms, help, back, and anything else. */
@Timeout(600) // guards against a session that waits for keys that never come
class AnsweringTest {
  private static final String PROMPT = "Your answer (1-3, ? help, b back, q quit): ";

  @TempDir Path dir;

  @Test
  void anAnswerIsItsNumberItsIdOrTheStartOfItsId() {
    Driver.Transcript t =
        Driver.run(Requests.in(dir), Keys.typing("2", "NO", "n", "y", "no", "2", "Yes", "", "n"));
    assertTrue(t.failure().isEmpty(), t.screen());
    String review = t.after("Your answers");
    assertTrue(review.contains("Answer: No\n  2  Is one calf"), review);
    assertTrue(review.contains("Answer: Yes, at the sit bone when sitting\n"), review);
    assertTrue(
        t.screen().contains("Likely source - the hamstring tendon at the sit bone"), t.screen());
  }

  @Test
  void spacesMayStandForHyphens() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("not sure", "", "n"));
    assertTrue(t.screen().contains("EMERGENCY: act now"), t.screen());
  }

  @Test
  void somethingElseIsAskedAgainWithTheValidAnswers() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("maybe", "7", "", "2"));
    assertTrue(
        t.screen()
            .contains(
                PROMPT
                    + "maybe\n"
                    + "'maybe' is not one of the answers: yes, no, not-sure (or 1 to 3).\n"
                    + PROMPT
                    + "7\n"
                    + "'7' is not one of the answers: yes, no, not-sure (or 1 to 3).\n"
                    + PROMPT
                    + "\n"
                    + "Please type an answer: yes, no, not-sure (or 1 to 3).\n"
                    + PROMPT
                    + "2\n"),
        t.screen());
    assertTrue(t.screen().contains("Question 2 of at most 7"), t.screen());
  }

  @Test
  void nIsNoAndNotSureTakesAtLeastNot() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("2", "2", "2", "n", "not"));
    assertTrue(
        t.screen().contains("Question 5 of at most 7"), "'n' should pick no:\n" + t.screen());
    assertTrue(
        t.screen().contains("Question 6 of at most 7"),
        "'not' should pick not-sure:\n" + t.screen());
  }

  @Test
  void aStartThatFitsTwoAnswersIsNeverGuessed() {
    Map<String, String> given = Requests.toDuration();
    Driver.Transcript t =
        Driver.run(
            Requests.builder(dir).questionnaire(Requests.BUNDLED).given(given).build(),
            Keys.typing("not", "q", "y"));
    assertTrue(
        t.screen()
            .contains(
                "'not' could be not-improving or not-sure: type more of it, or its number.\n"),
        t.screen());
    assertTrue(t.cancelled(), t.screen());
  }

  @Test
  void aSelfTestIsShownWithItsStepsBeforeTheChoicesWithoutAskingForHelp() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("2", "2", "2"));
    assertTrue(
        t.screen()
            .contains(
                """
        Question 4 of at most 7
        Is the pain worst when you sit, especially on hard seats, felt deep at the bone
        you sit on?
        Self-test: Bent-knee stretch
          1. Lie on your back with both legs straight.
          2. Bend the sore leg and hold behind the knee with both hands.
          3. Slowly straighten the knee as far as is comfortable.
          4. Note whether this brings on the pain at the sit bone.

          1  Yes, at the sit bone when sitting
          2  No
          3  Not sure
        """
                    + PROMPT),
        t.screen());
    assertEquals(1, t.count("Self-test:"), t.screen());
  }

  @Test
  void aQuestionWithoutASelfTestGoesStraightToItsChoices() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing());
    assertTrue(
        t.screen().contains("holding urine?\n  1  Yes\n  2  No\n  3  Not sure\n" + PROMPT),
        t.screen());
    assertEquals(0, t.count("Self-test:"), t.screen());
  }

  @Test
  void questionMarkShowsWhyWeAskAndTheSelfTest() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("2", "2", "2", "?"));
    assertTrue(
        t.after("Is the pain worst")
            .contains(
                PROMPT
                    + "?\n\n"
                    + "Why we ask: Pain at the sit bone when sitting points to the tendon where the\nhamstrings attach.\n"
                    + "Self-test: Bent-knee stretch\n"
                    + "  1. Lie on your back with both legs straight.\n"
                    + "  2. Bend the sore leg and hold behind the knee with both hands.\n"
                    + "  3. Slowly straighten the knee as far as is comfortable.\n"
                    + "  4. Note whether this brings on the pain at the sit bone.\n"
                    + "Type the number or the name of an answer"),
        t.screen());
  }

  @Test
  void questionMarkSaysSoWhenThereIsNoHelp() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("2", "2", "?"));
    assertTrue(
        t.screen()
            .contains(
                PROMPT.replace("1-3", "1-2") + "?\n\nThere is no extra help for this question.\n"),
        t.screen());
  }

  @Test
  void bGoesBackOneQuestionAndTheNewAnswerCounts() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("2", "b", "1", "", "n"));
    assertEquals(2, t.count("Question 1 of at most 7"), t.screen());
    assertTrue(t.screen().contains("EMERGENCY: act now"), t.screen());
  }

  @Test
  void bOffersTheAnswerItTookBackSoEnterKeepsIt() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("2", "b", "", "2"));
    String back = t.after("Your answer (1-2, ? help, b back, q quit): b\n");
    assertTrue(
        back.contains("Press Enter to keep your earlier answer: 2 No.\n" + PROMPT + "\n"), back);
    assertEquals(2, t.count("Question 2 of at most 7"), t.screen());
  }

  @Test
  void helpQuitAndExitTypedInFullAreUnderstood() {
    Driver.Transcript t =
        Driver.run(Requests.in(dir), Keys.typing("help", "quit", "n", "EXIT", "y"));
    assertTrue(t.after(PROMPT + "help\n").contains("Why we ask"), t.screen());
    assertTrue(
        t.screen()
            .contains(
                PROMPT
                    + "quit\nQuit now? Nothing will be saved. [y/N] n\n"
                    + PROMPT
                    + "EXIT\nQuit now? Nothing will be saved. [y/N] y\n"),
        t.screen());
    assertTrue(t.cancelled(), t.screen());
  }

  @Test
  void tabListsTheAnswersInTheOrderShown() {
    Keys keys = Keys.typing().type(Keys.TAB).line("2");
    Driver.Transcript t = Driver.run(Requests.in(dir), keys, "xterm-256color", 100);
    String listed = t.after("Your answer (1-3");
    listed = listed.substring(0, listed.indexOf("Question 2 of"));
    int yes = listed.indexOf("yes");
    int no = listed.indexOf("no ");
    int notSure = listed.indexOf("not-sure");
    assertTrue(yes >= 0 && yes < no && no < notSure, listed);
  }

  @Test
  void backAtTheFirstQuestionSaysThereIsNothingBefore() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("b", "2"));
    assertTrue(
        t.screen()
            .contains("This is the first question; there is nothing before it.\n" + PROMPT + "2\n"),
        t.screen());
  }

  @Test
  void escGoesBackInARealTerminal() {
    Keys keys = Keys.typing("2", "2").esc().line("1").line("").line("n");
    Driver.Transcript t = Driver.run(Requests.in(dir), keys, "xterm-256color", 100);
    assertTrue(t.failure().isEmpty(), t.screen());
    assertEquals(2, t.count("Question 2 of at most 7"), t.screen());
    assertTrue(t.screen().contains("URGENT: get checked by a doctor today"), t.screen());
  }

  @Test
  void tabCompletesAnAnswerInARealTerminal() {
    Keys keys =
        Keys.typing("2", "2", "2").type("not" + Keys.TAB).line("").line("2").line("2").line("1");
    Driver.Transcript t =
        Driver.run(Requests.in(dir), keys.line("").line("n"), "xterm-256color", 100);
    assertTrue(t.failure().isEmpty(), t.screen());
  }
}
