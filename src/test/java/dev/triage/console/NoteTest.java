package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question's note changes how to answer it, so it is on the screen with the question, never
 * behind '?'.
 */
@Timeout(600) // guards against a session that waits for keys that never come
class NoteTest {
  private static final String PROMPT = "Your answer (1-3, ? help, b back, q quit): ";

  @TempDir Path dir;

  @Test
  void aNoteIsShownUnderItsQuestionWithoutAskingForHelp() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("2", "2", "2", "2"));
    assertTrue(
        t.screen()
            .contains(
                """
        Question 5 of at most 7
        Does the pain shoot below the knee, or do you have numbness or pins and needles
        in the foot?
        Note: Count only what you feel in the painful leg.
          1  Yes
          2  No
          3  Not sure
        """
                    + PROMPT),
        t.screen());
    assertEquals(1, t.count("Note:"), t.screen());
  }

  @Test
  void aQuestionWithoutANoteShowsNone() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("2", "2", "2"));
    assertEquals(0, t.count("Note:"), t.screen());
  }
}
