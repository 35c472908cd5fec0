package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "no" or "n" typed at a bundled question that has no answer "no" is asked again with the answers
 * shown, those that begin with No first: it never becomes "not sure", which some questions count as
 * yes.
 */
@Timeout(600) // guards against a session that waits for keys that never come
class NoIsNeverNotSureTest {
  @TempDir Path dir;

  private Driver.Transcript typing(Map<String, String> given, String... keys) {
    return Driver.run(
        Requests.builder(dir).questionnaire(Requests.BUNDLED).given(given).build(),
        Keys.typing(keys),
        "dumb",
        81);
  }

  @Test
  void noAtScopeIsAskedAgainWithTheNoAnswersFirst() {
    Driver.Transcript t = typing(Requests.noRedFlags(), "no", "n", "q", "y");
    assertTrue(t.cancelled(), t.screen());
    String after = t.after("Your answer (1-6, ? help, b back, q quit): no\n");
    assertTrue(
        after.startsWith(
            """
            Your answer (1-6, ? help, b back, q quit): no
            'no' is not one of the answers; pick one of these by its number:
              3  No: I am under 16
              4  No: my main pain is somewhere else (for example the front or side of the
                 thigh, the groin, the knee or the calf)
              5  No: I have pain in many parts of my body, not mainly here
              1  Yes to both
              2  Yes: I am 16 or over, and my main pain is in my lower back but spreads into
                 the back of my thigh or buttock
              6  Not sure where my main pain is
            Your answer (1-6, ? help, b back, q quit): n
            'n' is not one of the answers; pick one of these by its number:
            """),
        after);
    assertFalse(t.screen().contains("Question 2 of"), t.screen());
  }

  @Test
  void noAtNerveSignsIsAskedAgainWithAllTheAnswers() {
    Map<String, String> given = Requests.toDuration();
    given.put("duration", "recent");
    Driver.Transcript t = typing(given, "no", "q", "y");
    assertTrue(t.cancelled(), t.screen());
    String question = t.after("Question ");
    assertTrue(question.contains("  5  Not sure, show me a test\n"), question);
    String after = t.after("q quit): no\n");
    assertEquals(
        """
        q quit): no
        'no' is not one of the answers; pick one of these by its number:
          4  Neither
          1  Shooting, burning or electric pain
          2  Numbness or pins and needles
          3  Both
          5  Not sure, show me a test
        """,
        after.substring(0, after.indexOf("Your answer")));
  }
}
