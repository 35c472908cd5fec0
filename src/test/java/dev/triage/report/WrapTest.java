package dev.triage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {
  @Test
  void wrapsAtWordsWithinTheWidthAndIndentsFollowingLines() {
    assertEquals(List.of("  - one two", "    three four", "    five"),
        Wrap.lines("one two three four five", 14, "  - ", "    "));
  }

  @Test
  void aWordLongerThanTheWidthIsKeptWhole() {
    assertEquals(List.of("a", "https://example.org/very/long", "b"),
        Wrap.lines("a https://example.org/very/long b", 10, "", ""));
  }

  @Test
  void lineBreaksInTheTextAreSpaces() {
    assertEquals(List.of("one two three"), Wrap.lines("one\ntwo\r\n  three\n", 80, "", ""));
  }
}
