package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.answers.AnswerFile;
import dev.triage.diag.Diagnostic;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.load.QuestionnaireLoader;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Finding 3 (high): SnakeYAML's reader copies its window for every 1,024 characters of a token it
 * has not finished, so a long one-line value took quadratic time (figures in docs/security.md). A
 * line over 262,144 characters is refused before SnakeYAML reads it, and a value over 65,536
 * characters at its position. Work is measured in bytes allocated, which load does not change:
 * quadratic copying allocates gigabytes, a refusal almost nothing.
 */
@Tag("hostile")
class LongScalarsTakeQuadraticTimeTest {
  /**
   * Far more than a refusal needs, far less than the quadratic copying allocated for one megabyte.
   */
  private static final long BUDGET = 64L * 1024 * 1024;

  private static String questionnaireWithTitle(String title) {
    return Hostile.example()
        .replace("title: Back-of-thigh pain (short example)", "title: " + title);
  }

  private static List<String> loadProblems(String text) {
    QuestionnaireException e =
        assertThrows(
            QuestionnaireException.class,
            () -> QuestionnaireLoader.load(new SourceText("long.yaml", text)));
    return e.diagnostics().stream().map(Diagnostic::headline).toList();
  }

  /**
   * A one-line title of {@code length} characters is refused at the line limit, its work printed as
   * a figure.
   */
  private static void refusedAtTheLineLimit(int length, String name) {
    String text = questionnaireWithTitle("x".repeat(length));
    Allocation.Measured<List<String>> m = Allocation.measure(() -> loadProblems(text));
    System.out.println(m.figure(name));
    assertEquals(
        List.of(
            "long.yaml:5:262145: error: this line is longer than 262,144 characters; a value may be at"
                + " most 65,536 characters: shorten it, or write long text over several lines"),
        m.value());
    assertTrue(m.bytes() < BUDGET, m.figure(name));
  }

  @Test
  void aOneMegabyteOneLineTitleIsRefusedAtTheLineLimitWithoutQuadraticWork() {
    refusedAtTheLineLimit(1 << 20, "1 MiB one-line title");
  }

  /**
   * The campaign's 20 MB title, its time printed as a figure (docs/security.md has it before and
   * after).
   */
  @Test
  void aTwentyMegabyteOneLineTitleIsRefusedAtOnce() {
    refusedAtTheLineLimit(20_000_000, "20 MB one-line title");
  }

  @Test
  void aValueOverTheLimitOnShorterLinesIsRefusedAtItsStart() {
    String folded = ">\n" + ("  " + "word ".repeat(16) + "\n").repeat(1_000);
    assertEquals(
        List.of(
            "long.yaml:5:8: error: this value is 81,000 characters long; a value may be at most 65,536"
                + " characters: shorten it"),
        loadProblems(questionnaireWithTitle(folded)));
  }

  @Test
  void aValueJustUnderTheLimitLoads() throws QuestionnaireException {
    String title = "t".repeat(65_536);
    assertEquals(
        title,
        QuestionnaireLoader.load(new SourceText("long.yaml", questionnaireWithTitle(title)))
            .questionnaire()
            .title());
  }

  @Test
  void anAnswerFileWithATenMegabyteValueIsRefusedAtOnce() {
    String text = "saddle-numbness: " + "n".repeat(10_000_000) + "\n";
    Allocation.Measured<QuestionnaireException> m =
        Allocation.measure(
            () ->
                assertThrows(
                    QuestionnaireException.class,
                    () -> AnswerFile.parse(new SourceText("answers.yaml", text))));
    System.out.println(m.figure("10 MB answer value"));
    assertEquals(
        "answers.yaml:1:262145: error: this line is longer than 262,144 characters; a value may be at most"
            + " 65,536 characters: shorten it, or write long text over several lines",
        m.value().diagnostics().get(0).headline());
    assertTrue(m.bytes() < BUDGET, m.figure("10 MB answer value"));
  }

  @Test
  void aLongCommentLineIsRefusedToo() {
    String text = questionnaireWithTitle("Pain\n# " + "c".repeat(300_000));
    assertEquals(
        List.of(
            "long.yaml:6:262145: error: this line is longer than 262,144 characters; a value may be at"
                + " most 65,536 characters: shorten it, or write long text over several lines"),
        loadProblems(text));
  }
}
