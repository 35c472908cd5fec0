package dev.triage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {
  @Test
  void wrapsAtWordsWithinTheWidthAndIndentsFollowingLines() {
    assertEquals(
        List.of("  - one two", "    three four", "    five"),
        Wrap.lines("one two three four five", 14, "  - ", "    "));
    assertEquals(
        List.of("  1  Yes, at the", "     sit bone when", "     sitting"),
        Wrap.paragraphs("Yes, at the sit bone when sitting", 18, "  1  ", "     ", String::length));
  }

  @Test
  void aWordLongerThanTheWidthIsKeptWhole() {
    assertEquals(
        List.of("a", "https://example.org/very/long", "b"),
        Wrap.lines("a https://example.org/very/long b", 10, "", ""));
    assertEquals(
        List.of("a", "supercalifragilistic", "b"),
        Wrap.paragraphs("a supercalifragilistic b", 10, "", "", String::length));
  }

  @Test
  void linesTakeLineBreaksInTheTextAsSpaces() {
    assertEquals(List.of("one two three"), Wrap.lines("one\ntwo\r\n  three\n", 80, "", ""));
  }

  @Test
  void paragraphsKeepLineBreaksOfTheTextAsSeparateLines() {
    assertEquals(
        List.of("- one", "  two"), Wrap.paragraphs("one\ntwo", 40, "- ", "  ", String::length));
  }

  @Test
  void anEmptyTextIsItsFirstPrefixWithoutTrailingSpaces() {
    assertEquals(List.of("  -"), Wrap.lines("", 40, "  - ", "    "));
  }
}
