package dev.triage.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.model.Pos;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {
  private static String render(String text, int line, int column) {
    return DiagnosticPrinter.render(
        Diagnostic.error("q.yaml", new Pos(line, column), "bad"),
        Optional.of(new SourceText("q.yaml", text)));
  }

  @Test
  void quotesTheLineWithACaretUnderTheColumn() {
    assertEquals(
        "q.yaml:2:7: error: bad\n  next: nowhere\n      ^",
        render("a: 1\n  next: nowhere\n", 2, 7));
  }

  @Test
  void keepsTabsBeforeTheColumnSoTheCaretLinesUp() {
    assertEquals("q.yaml:1:3: error: bad\n\tx: y\n\t ^", render("\tx: y\n", 1, 3));
  }

  @Test
  void withoutASourcePrintsOnlyTheHeadline() {
    assertEquals(
        "q.yaml:1:1: error: bad",
        DiagnosticPrinter.render(
            Diagnostic.error("q.yaml", new Pos(1, 1), "bad"), Optional.empty()));
  }

  @Test
  void fileLevelProblemsAreATriageLineWithNoQuote() {
    assertEquals(
        "triage: q.yaml: file is empty",
        DiagnosticPrinter.render(
            Diagnostic.error("q.yaml", Pos.NONE, "file is empty"),
            Optional.of(new SourceText("q.yaml", "x"))));
    assertEquals(
        "triage: warning: q.yaml: no red-flag screen",
        DiagnosticPrinter.render(
            Diagnostic.warning("q.yaml", Pos.NONE, "no red-flag screen"), Optional.empty()));
  }

  @Test
  void aLongLineIsQuotedAsAWindowAroundTheColumn() {
    String line = "[".repeat(10_000);
    String[] out = render(line + "\n", 1, 5_001).split("\n");
    assertEquals("..." + "[".repeat(DiagnosticPrinter.WIDTH) + "...", out[1]);
    assertEquals(" ".repeat(3 + DiagnosticPrinter.WIDTH / 2) + "^", out[2]);
  }

  @Test
  void aLongLineWithTheColumnNearTheStartIsCutOnlyAtTheEnd() {
    String line = "x".repeat(300);
    String[] out = render(line, 1, 3).split("\n");
    assertEquals("x".repeat(DiagnosticPrinter.WIDTH) + "...", out[1]);
    assertEquals("  ^", out[2]);
  }

  @Test
  void aLongLineWithTheColumnAtTheEndIsCutOnlyAtTheStart() {
    String line = "y".repeat(300);
    String[] out = render(line, 1, 300).split("\n");
    assertEquals("..." + "y".repeat(DiagnosticPrinter.WIDTH), out[1]);
    assertEquals(" ".repeat(3 + DiagnosticPrinter.WIDTH - 1) + "^", out[2]);
  }
}
