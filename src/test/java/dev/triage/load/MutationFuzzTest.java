package dev.triage.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded random edits of a valid questionnaire, using the characters YAML gives
 * meaning to: each either loads or ends in diagnostics that point inside the file and speak an
 * author's language. Any other exception (a SnakeYAML or Java error escaping) fails the test with
 * the input that caused it.
 */
@Tag("hostile")
class MutationFuzzTest {
  private static final String ALPHABET = ":-[]{},&*!|>'\"%@`#?~\t\n\r \u00e9\u0000\u0007\uFEFFaZ09";

  @Test
  void everyMutationLoadsOrEndsInAuthorFacingDiagnostics() {
    assertTimeoutPreemptively(
        Duration.ofMinutes(10),
        () -> { // a hang guard, not a speed target
          Random random = new Random(20_261_121L);
          for (int i = 0; i < 3_000; i++) {
            String text = mutate(LoadTesting.MINIMAL, random, 1 + random.nextInt(4));
            check(text);
          }
        });
  }

  private static String mutate(String text, Random random, int edits) {
    StringBuilder b = new StringBuilder(text);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(3)) {
        case 0 -> b.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        case 1 -> b.deleteCharAt(at);
        default -> b.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return b.toString();
  }

  private static void check(String text) {
    try {
      QuestionnaireLoader.load(new SourceText("fuzz.yaml", text));
    } catch (QuestionnaireException e) {
      assertFalse(e.diagnostics().isEmpty(), text);
      long lines = text.lines().count() + 1;
      for (Diagnostic d : e.diagnostics()) {
        String m = d.message();
        assertTrue(d.pos().line() <= lines, () -> d.headline() + "\n--- input:\n" + text);
        assertFalse(
            m.contains("org.yaml")
                || m.contains("'reader'")
                || m.contains("Exception")
                || m.contains("<block")
                || m.contains("<stream"),
            () -> d.headline() + "\n--- input:\n" + text);
      }
    } catch (RuntimeException | StackOverflowError e) {
      fail("escaped " + e + "\n--- input:\n" + text, e);
    }
  }
}
