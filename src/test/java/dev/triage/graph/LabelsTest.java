package dev.triage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How questionnaire text is shortened to fit a box. */
class LabelsTest {
  @Test
  void shortTextIsKeptWhole() {
    assertEquals("Is it worse when you sit?", Labels.cut("Is it worse\n  when you sit?", 110));
  }

  @Test
  void longTextIsCutAtASpaceWithAnEllipsis() {
    assertEquals("one two\u2026", Labels.cut("one two three", 10));
  }

  @Test
  void aLongWordIsCutInsideIt() {
    assertEquals("abcdefghi\u2026", Labels.cut("abcdefghijklmnop", 10));
  }

  @Test
  void charactersOutsideTheBasicPlaneCountAsOneAndAreNeverSplit() {
    assertEquals("\uD83D\uDE42".repeat(9) + "\u2026", Labels.cut("\uD83D\uDE42".repeat(20), 10));
  }

  @Test
  void textIsWrappedAtSpaces() {
    assertEquals(
        List.of("Does the pain shoot below the knee,", "or do you have numbness?"),
        Labels.wrap("Does the pain shoot below the knee, or do you have numbness?", 110));
  }
}
