package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60) // guards against a session that waits for keys that never come
class WrapTest {
  @Test
  void wrapsAtWordsWithAHangingIndent() {
    assertEquals(
        List.of("  1  Yes, at the", "     sit bone when", "     sitting"),
        Wrap.lines("Yes, at the sit bone when sitting", 18, "  1  ", "     "));
  }

  @Test
  void keepsAWordLongerThanTheLineWhole() {
    assertEquals(List.of("a", "supercalifragilistic", "b"), Wrap.lines("a supercalifragilistic b", 10, "", ""));
  }

  @Test
  void keepsLineBreaksOfTheTextAsSeparateLines() {
    assertEquals(List.of("- one", "  two"), Wrap.lines("one\ntwo", 40, "- ", "  "));
  }

  @Test
  void countsWideCharactersAsTwoColumns() {
    assertEquals(List.of("腿痛 腿痛", "腿痛"), Wrap.lines("腿痛 腿痛 腿痛", 10, "", ""));
  }
}
