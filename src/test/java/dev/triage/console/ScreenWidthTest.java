package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.report.Wrap;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenWidthTest {
  @Test
  void theConsoleCountsAWideCharacterAsTwoColumns() {
    assertEquals(4, Screen.columns("腿痛"));
    assertEquals(List.of("腿痛 腿痛", "腿痛"), Wrap.paragraphs("腿痛 腿痛 腿痛", 10, "", "", Screen::columns));
  }
}
