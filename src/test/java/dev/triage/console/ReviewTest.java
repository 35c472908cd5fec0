package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The review of every answer before the result, and changing one of them. */
@Timeout(600) // guards against a session that waits for keys that never come
class ReviewTest {
  private static final String PROMPT = "Your answer (1-3, ? help, b back, q quit): ";
  private static final String[] TO_SIT_BONE = {"2", "2", "2", "1", "2", "2", "1"};

  @TempDir Path dir;

  @Test
  void listsEveryQuestionWithItsAnswer() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing(TO_SIT_BONE).line("").line("n"));
    String review = t.after("Your answers");
    assertTrue(
        review.startsWith(
            """
        Your answers
          1  Is there new numbness or tingling between your legs or around your back
             passage, or new trouble passing or holding urine?
             Answer: No
          2  Is one calf or thigh swollen, warm, red or darker than the other, or
             throbbing?
             Answer: No
          3  Did you feel a pop high in the buttock crease, followed by large bruising
             and difficulty sitting or walking?
             Answer: No
          4  Is the pain worst when you sit, especially on hard seats, felt deep at the
             bone you sit on?
             Answer: Yes, at the sit bone when sitting
          5  Does the pain shoot below the knee, or do you have numbness or pins and
             needles in the foot?
             Answer: No
          6  Did the pain start suddenly during sprinting or a lunge?
             Answer: No
          7  Is sitting the main thing that brings the pain on?
             Answer: Yes
        Press Enter to see the result, or type the number of an answer to change it.
        Enter for the result, or 1-7 to change:\s
        """),
        review);
  }

  @Test
  void changingAnAnswerWalksOnFromThereAndDropsWhatNoLongerApplies() {
    // Change answer 6 (sudden onset) to yes: the walk now ends at a hamstring strain, and answer 7
    // is gone.
    Driver.Transcript t =
        Driver.run(
            Requests.in(dir), Keys.typing(TO_SIT_BONE).line("6").line("1").line("").line("n"));
    assertTrue(t.failure().isEmpty(), t.screen());
    String again = t.after("Enter for the result, or 1-7 to change: 6");
    assertTrue(again.contains("Question 6 of at most 7\nDid the pain start suddenly"), again);
    assertTrue(again.contains("Press Enter to keep your earlier answer: 2 No."), again);
    String review = again.substring(again.indexOf("Your answers"));
    assertTrue(
        review.contains(
            "  6  Did the pain start suddenly during sprinting or a lunge?\n     Answer: Yes\n"
                + "Press Enter"),
        review);
    assertFalse(review.contains("Is sitting the main thing"), review);
    assertTrue(review.contains("Likely source - a hamstring muscle strain"), review);
  }

  @Test
  void enterKeepsEarlierAnswersAfterAChange() {
    // Change answer 4, then keep every later answer with Enter: the same questions, the same
    // result.
    Driver.Transcript t =
        Driver.run(
            Requests.in(dir),
            Keys.typing(TO_SIT_BONE)
                .line("4")
                .line("3")
                .line("")
                .line("")
                .line("")
                .line("")
                .line("n"));
    assertTrue(t.failure().isEmpty(), t.screen());
    assertEquals(2, t.count("Your answers"), t.screen());
    String second = t.screen().substring(t.screen().lastIndexOf("Your answers"));
    assertTrue(second.contains("Answer: Not sure\n"), second);
    assertTrue(
        second.contains(
            "  7  Is sitting the main thing that brings the pain on?\n     Answer: Yes\n"),
        second);
  }

  @Test
  void anythingElseIsAskedAgain() {
    Driver.Transcript t =
        Driver.run(
            Requests.in(dir), Keys.typing(TO_SIT_BONE).line("9").line("x").line("").line("n"));
    assertTrue(
        t.screen()
            .contains(
                """
        Enter for the result, or 1-7 to change: 9
        '9' is not on the list: press Enter for the result, or type 1 to 7.
        Enter for the result, or 1-7 to change: x
        'x' is not on the list: press Enter for the result, or type 1 to 7.
        """),
        t.screen());
    assertTrue(t.screen().contains("SELF-CARE:"), t.screen());
  }

  @Test
  void bGoesBackToTheLastQuestion() {
    Driver.Transcript t =
        Driver.run(
            Requests.in(dir), Keys.typing(TO_SIT_BONE).line("b").line("2").line("").line("n"));
    assertEquals(
        2, t.count("Is sitting the main thing that brings the pain on?\n  1  Yes"), t.screen());
    assertTrue(t.screen().contains("No clear pattern - see a physiotherapist"), t.screen());
  }

  @Test
  void afterAChangeBOffersTheNewAnswerNotTheOldOne() {
    // Change answer 4 (sit bone) from Yes to No, then b at the next question: Enter keeps the No
    // just given.
    Driver.Transcript t =
        Driver.run(
            Requests.in(dir), Keys.typing(TO_SIT_BONE).line("4").line("2").line("b").line("n"));
    String back = t.after("Enter for the result, or 1-7 to change: 4");
    back = back.substring(back.indexOf(PROMPT + "b\n"));
    assertTrue(back.contains("Is the pain worst when you sit"), back);
    assertTrue(back.contains("Press Enter to keep your earlier answer: 2 No.\n"), back);
    assertFalse(back.contains("earlier answer: 1 Yes"), back);
  }

  @Test
  void bAtTheReviewOffersTheLastAnswer() {
    Driver.Transcript t =
        Driver.run(
            Requests.in(dir), Keys.typing(TO_SIT_BONE).line("b").line("").line("").line("n"));
    String back = t.after("Enter for the result, or 1-7 to change: b");
    assertTrue(back.contains("Press Enter to keep your earlier answer: 1 Yes.\n"), back);
    assertEquals(2, t.count("Your answers"), t.screen());
    assertTrue(t.screen().contains("SELF-CARE:"), t.screen());
  }

  @Test
  void questionMarkExplainsTheReview() {
    Driver.Transcript t =
        Driver.run(Requests.in(dir), Keys.typing(TO_SIT_BONE).line("?").line("").line("n"));
    assertTrue(
        t.screen()
            .contains(
                "Enter for the result, or 1-7 to change: ?\nThese are the answers the result"
                    + " will come from. Press Enter to see the result.\nTo change an answer, type its number"),
        t.screen());
  }
}
