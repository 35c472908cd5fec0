package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Answers given with -a or --answers are shown but never asked again. */
@Timeout(600) // guards against a session that waits for keys that never come
class GivenAnswersTest {
  @TempDir Path dir;

  @Test
  void answersGivenUpFrontAreListedAndNotAsked() {
    Map<String, String> given =
        Map.of("saddle-numbness", "no", "swollen-calf", "2", "pop-and-bruise", "no");
    Driver.Transcript t =
        Driver.run(
            Requests.builder(dir).given(given).build(), Keys.typing("1", "2", "2", "1", "", "n"));
    assertTrue(t.failure().isEmpty(), t.screen());
    assertTrue(
        t.screen()
            .contains(
                """
        Answered before the session
          - Is there new numbness or tingling between your legs or around your back
            passage, or new trouble passing or holding urine?
            Answer: No
          - Is one calf or thigh swollen, warm, red or darker than the other, or
            throbbing?
            Answer: No
        """),
        t.screen());
    assertFalse(t.screen().contains("Question 1 of"), t.screen());
    assertTrue(t.screen().contains("Question 4 of at most 7\nIs the pain worst"), t.screen());
    assertTrue(t.screen().contains("Answer: No (given before the session)"), t.screen());
  }

  @Test
  void aGivenAnswerFurtherOnIsAppliedWhenItsQuestionComesUp() {
    Driver.Transcript t =
        Driver.run(
            Requests.builder(dir).given(Map.of("sudden-onset", "yes")).build(),
            Keys.typing("2", "2", "2", "2", "2", "", "n"));
    assertTrue(t.failure().isEmpty(), t.screen());
    assertTrue(
        t.screen()
            .contains(
                """
        Your answer (1-3, ? help, b back, q quit): 2

        Answered before the session
          - Did the pain start suddenly during sprinting or a lunge?
            Answer: Yes

        Your answers
        """),
        t.screen());
    assertFalse(t.screen().contains("Question 6 of"), t.screen());
    assertTrue(t.screen().contains("Likely source - a hamstring muscle strain"), t.screen());
  }
}
